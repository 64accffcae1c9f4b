package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.runtime.internal.CallOutcome;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.runtime.internal.CanonicalJson;
import io.contractspec.runtime.internal.HandlerFailures;
import io.contractspec.runtime.internal.StageFailure;
import io.contractspec.runtime.internal.Telemetry;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.Transaction;
import io.contractspec.schema.ValidationResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs every call through one pipeline, in this order: resolve, authenticate, authorize,
 * rate-limit, validate input, idempotency, handler in a unit of work (emit guard, outbox, audit,
 * output validation before commit), telemetry. Every failure is a {@link Problem}; nothing a failed
 * call did is committed.
 */
public final class OperationExecutor {

    private final RuntimeConfig config;
    private final Telemetry telemetry;

    OperationExecutor(RuntimeConfig config) {
        this.config = config;
        this.telemetry = new Telemetry(config.openTelemetry());
    }

    public static ExecutorBuilder builder(ContractRegistry registry) {
        return new ExecutorBuilder(registry);
    }

    public ContractRegistry registry() {
        return config.registry();
    }

    public EventBus eventBus() {
        return config.eventBus();
    }

    /** Runs the latest version of the operation. */
    public CallResult execute(String key, JsonNode input, CallContext context) {
        return execute(key, null, input, context);
    }

    /** Runs an exact version of the operation ({@code version} null means the latest). */
    public CallResult execute(String key, String version, JsonNode input, CallContext context) {
        long started = System.nanoTime();
        config.listener().callStarted(key, input, context);
        Span span = telemetry.start(key, context.channel().name());
        String recordedAs = key;
        CallResult result;
        try (Scope ignored = span.makeCurrent()) { // so that spans the handler starts are children of the call's
            OperationSpec operation = resolve(key, version);
            authenticateAndAuthorize(operation, context);
            rateLimit(operation, context);
            JsonNode payload = validateInput(operation, input);
            result = idempotentReplay(operation, payload, context)
                    .orElseGet(() -> runInUnitOfWork(operation, payload, context));
        } catch (StageFailure failure) {
            Problem problem = failure.problem(context.traceId());
            config.listener().stageFailed(failure.stage(), problem, context);
            result = new CallResult.Failure(problem);
            if (failure.stage() == Stage.RESOLVE) {
                recordedAs = telemetry.unknownOperation(span);
            }
        } catch (RuntimeException broken) {
            // A failing plug-in (flag provider, rate limiter, idempotency store) must still end as a
            // problem document, with the span ended and the listener told.
            System.getLogger(OperationExecutor.class.getName()).log(System.Logger.Level.ERROR,
                    "Pipeline of " + key + " failed outside the handler (trace " + context.traceId() + ")", broken);
            Problem problem = Problem.of(StandardCode.INTERNAL_ERROR)
                    .detail("The operation failed on the server.").traceId(context.traceId()).build();
            config.listener().stageFailed(Stage.HANDLER, problem, context);
            result = new CallResult.Failure(problem);
        }
        long elapsed = System.nanoTime() - started;
        telemetry.finish(span, recordedAs, context.channel().name(), result.status(), outcomeCode(result), elapsed);
        config.listener().callCompleted(key, result, Duration.ofNanos(elapsed), context);
        return result;
    }

    /**
     * Runs system work (a timer, an action step) through the whole pipeline on the authority of a
     * named human: the policy check uses {@code onBehalfOf}'s roles, never roles the work brings
     * along, and audit records carry {@code actor = systemActor} and {@code onBehalfOf}.
     */
    public CallResult runAsSystem(String systemActor, Principal onBehalfOf, String key, String version, JsonNode input,
            Clock clock) {
        CallContext context = CallContext.builder().onBehalfOf(systemActor, onBehalfOf).clock(clock).build();
        return execute(key, version, input, context);
    }

    /**
     * Whether the caller would pass the policy check of an operation (the pipeline's own check, with
     * its feature flags), without running it; empty when allowed, else the problem the call would get.
     */
    public Optional<Problem> checkPolicy(String key, String version, CallContext context) {
        try {
            authenticateAndAuthorize(resolve(key, version), context);
            return Optional.empty();
        } catch (StageFailure failure) {
            return Optional.of(failure.problem(context.traceId()));
        }
    }

    private OperationSpec resolve(String key, String version) {
        ContractRegistry registry = config.registry();
        Optional<OperationSpec> found = version == null ? registry.operation(key) : registry.operation(key, version);
        return found.orElseThrow(() -> new StageFailure(Stage.RESOLVE, Problem.of(StandardCode.NOT_FOUND)
                .detail("No operation '" + key + "'" + (version == null ? "" : " in version " + version) + " exists.")));
    }

    private void authenticateAndAuthorize(OperationSpec operation, CallContext context) {
        PolicyEngine.Denial denial = config.policyEngine().check(operation.policy(), context);
        if (denial != null) {
            Stage stage = denial.code() == StandardCode.UNAUTHENTICATED ? Stage.AUTHENTICATE : Stage.AUTHORIZE;
            throw new StageFailure(stage, Problem.of(denial.code()).detail("Denied: " + denial.requirement() + "."));
        }
    }

    private void rateLimit(OperationSpec operation, CallContext context) {
        RateLimit limit = operation.policy().rateLimit().orElse(null);
        if (limit == null) {
            return;
        }
        String bucket = operation.ref() + "|" + bucketOf(limit.scope(), context);
        Duration wait = config.rateLimiter().acquire(bucket, limit, context.clock().instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new StageFailure(Stage.RATE_LIMIT, Problem.of(StandardCode.RATE_LIMITED)
                    .detail("Rate limit of " + limit.rpm() + " calls per minute reached; retry later.")
                    .metadata("retryAfterSeconds", com.fasterxml.jackson.databind.node.LongNode.valueOf(seconds)));
        }
    }

    private static String bucketOf(RateLimit.Scope scope, CallContext context) {
        Principal principal = context.principal().orElse(null);
        return switch (scope) {
            case GLOBAL -> "*";
            case ORG -> principal == null ? "anonymous" : "org:" + principal.organizationId();
            case USER -> principal == null ? "anonymous" : "user:" + principal.userId();
        };
    }

    private JsonNode validateInput(OperationSpec operation, JsonNode input) {
        if (operation.input().isEmpty()) {
            boolean empty = input == null || input.isNull() || input.isMissingNode() || input.isObject() && input.isEmpty();
            if (!empty) {
                throw new StageFailure(Stage.VALIDATE_INPUT, Problem.of(StandardCode.VALIDATION_FAILED)
                        .detail("This operation takes no input."));
            }
            return NullNode.getInstance();
        }
        ValidationResult result = operation.input().get().validate(input);
        if (!result.isValid()) {
            throw new StageFailure(Stage.VALIDATE_INPUT, Problem.of(StandardCode.VALIDATION_FAILED)
                    .detail("The input has " + result.issues().size() + " problem(s).")
                    .issues(result.issues()));
        }
        return input;
    }

    private Optional<CallResult> idempotentReplay(OperationSpec operation, JsonNode input, CallContext context) {
        IdempotencyStore.Key key = idempotencyKey(operation, context);
        if (key == null) {
            return Optional.empty();
        }
        return config.idempotencyStore().find(key)
                .filter(entry -> !isExpired(entry, context))
                .map(entry -> replay(entry, CanonicalJson.sha256(input), context));
    }

    private CallResult replay(IdempotencyStore.Entry entry, String inputHash, CallContext context) {
        if (!entry.inputHash().equals(inputHash)) {
            throw new StageFailure(Stage.IDEMPOTENCY, Problem.of(StandardCode.CONFLICT)
                    .detail("This idempotency key was already used with a different input."));
        }
        return new CallResult.Success(entry.output(), entry.status(), context.traceId(), List.of(), true);
    }

    private boolean isExpired(IdempotencyStore.Entry entry, CallContext context) {
        return entry.createdAt().plus(config.idempotencyTtl()).isBefore(context.clock().instant());
    }

    private IdempotencyStore.Key idempotencyKey(OperationSpec operation, CallContext context) {
        if (!operation.isCommand() || context.idempotencyKey().isEmpty()) {
            return null;
        }
        String principal = context.principal().map(p -> p.organizationId() + "/" + p.userId()).orElse("anonymous");
        return new IdempotencyStore.Key(principal, operation.ref().toString(), context.idempotencyKey().get());
    }

    private CallResult runInUnitOfWork(OperationSpec operation, JsonNode input, CallContext context) {
        IdempotencyStore.Key idempotency = idempotencyKey(operation, context);
        CallOutcome outcome;
        try {
            outcome = config.unitOfWork().run(transaction -> runHandler(operation, input, context, transaction, idempotency));
        } catch (StageFailure failure) {
            throw failure;
        } catch (IdempotencyStore.KeyTakenException raced) {
            // A concurrent call with the same key committed first: answer as its retry would.
            return idempotentReplay(operation, input, context).orElseThrow(() -> HandlerFailures.internal(raced, operation, context));
        } catch (Exception e) {
            throw HandlerFailures.toStageFailure(e, operation, context);
        }
        config.eventBus().relay();
        return new CallResult.Success(outcome.output(), operation.successStatus(), context.traceId(), outcome.events(), false);
    }

    private CallOutcome runHandler(OperationSpec operation, JsonNode input, CallContext context,
            Transaction transaction, IdempotencyStore.Key idempotency) throws Exception {
        OperationHandler handler = config.handlers().handler(operation.ref()).orElseThrow(() -> new StageFailure(
                Stage.HANDLER, Problem.of(StandardCode.NOT_IMPLEMENTED).detail("This operation has no handler yet.")));
        CallScope scope = new CallScope(operation, context, transaction, config.registry());
        JsonNode output;
        try {
            output = handler.handle(input.deepCopy(), scope); // audit and idempotency need the input as sent
        } catch (Exception e) {
            scope.checkedEvents(); // a refused emit outranks whatever the handler made of it
            throw e;
        }
        List<EventEnvelope> events = scope.checkedEvents();
        validateOutput(operation, output, context);
        if (!events.isEmpty()) {
            config.outboxStore().append(transaction, events);
        }
        if (operation.isCommand()) {
            writeAudit(operation, input, context, transaction, scope);
            if (idempotency != null) {
                saveIdempotency(transaction, idempotency, new IdempotencyStore.Entry(
                        CanonicalJson.sha256(input), operation.successStatus(), output, scope.now()), context);
            }
        }
        return new CallOutcome(output, events);
    }

    private void saveIdempotency(Transaction transaction, IdempotencyStore.Key key, IdempotencyStore.Entry entry,
            CallContext context) {
        IdempotencyStore store = config.idempotencyStore();
        Optional<IdempotencyStore.Entry> expired = store.find(key).filter(stored -> isExpired(stored, context));
        if (expired.isPresent()) {
            store.replace(transaction, key, expired.get(), entry);
        } else {
            store.save(transaction, key, entry);
        }
    }

    private void validateOutput(OperationSpec operation, JsonNode output, CallContext context) {
        ValidationResult result = operation.output().validate(output);
        if (!result.isValid()) {
            System.getLogger(OperationExecutor.class.getName()).log(System.Logger.Level.ERROR,
                    "Handler of " + operation.ref() + " returned an invalid output (trace " + context.traceId() + "): "
                            + result.issues());
            throw new StageFailure(Stage.VALIDATE_OUTPUT, Problem.of(StandardCode.INTERNAL_ERROR)
                    .detail("The operation failed on the server."));
        }
    }

    private void writeAudit(OperationSpec operation, JsonNode input, CallContext context, Transaction transaction,
            CallScope scope) {
        if (operation.audit().isEmpty()) {
            return;
        }
        config.auditStore().append(transaction, AuditRecords.of(operation, input, context, scope.now(),
                scope.subject()));
    }

    private static String outcomeCode(CallResult result) {
        return result instanceof CallResult.Failure failure ? failure.problem().code() : "OK";
    }
}
