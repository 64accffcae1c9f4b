package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.internal.CallObservation;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.runtime.internal.HandlerFailures;
import io.contractspec.runtime.internal.IdempotentCall;
import io.contractspec.runtime.internal.InputStages;
import io.contractspec.runtime.internal.RateLimiting;
import io.contractspec.runtime.internal.StageFailure;
import io.contractspec.runtime.internal.Telemetry;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.Transaction;
import io.contractspec.schema.ValidationResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs every call through one pipeline, in this order: resolve, authenticate, authorize,
 * rate-limit, read the input, validate it, then in one unit of work: idempotency, the handler
 * (emit guard, record checks), output validation, and the commit of its events, audit record and
 * idempotency entry; telemetry throughout. Every failure is a {@link Problem}; nothing a failed
 * call did is committed. Listeners hear each stage begin and end ({@link ExecutionListener}).
 */
@PublicApi
public final class OperationExecutor implements AutoCloseable {

    private final RuntimeConfig config;
    private final Telemetry telemetry;
    private final SystemTasks systemTasks;
    private final RateLimiting rateLimiting;
    private final CommitStep commit;

    OperationExecutor(RuntimeConfig config) {
        this.config = config;
        this.telemetry = new Telemetry(config.openTelemetry());
        this.commit = new CommitStep(config);
        this.systemTasks = new SystemTasks(config, telemetry, commit);
        this.rateLimiting = new RateLimiting(config.rateLimiter());
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

    /** Stops the event bus's dispatcher ({@link EventBus#close()}); calls still run, their events wait in the outbox. */
    @Override
    public void close() {
        config.eventBus().close();
    }

    /** Runs the latest version of the operation. */
    public CallResult execute(String key, JsonNode input, CallContext context) {
        return execute(key, null, input, context);
    }

    /** Runs an exact version of the operation ({@code version} null means the latest) on parsed input. */
    public CallResult execute(String key, String version, JsonNode input, CallContext context) {
        return run(key, version, input, null, context);
    }

    /**
     * Runs an operation on input the pipeline reads itself, after authentication, authorization and
     * rate limiting (stage {@link Stage#PARSE_INPUT}): how surfaces hand over request bodies.
     */
    public CallResult execute(String key, String version, CallInput input, CallContext context) {
        return run(key, version, null, Objects.requireNonNull(input, "input"), context);
    }

    private CallResult run(String key, String version, JsonNode parsed, CallInput unread, CallContext context) {
        long started = System.nanoTime();
        CallObservation observation = CallObservation.begin(config.listener(), key, version, parsed, context);
        Span span = telemetry.start(key, context.channel().name());
        String recordedAs = key;
        Stage failedIn = null;
        CallResult result;
        try (Scope ignored = Telemetry.makeCurrent(span)) {
            OperationSpec operation = resolve(key, version, observation);
            authenticateAndAuthorize(operation, context, observation);
            rateLimit(operation, context, observation);
            JsonNode input = readInput(operation, parsed, unread, observation);
            result = runInUnitOfWork(operation, input, context, observation);
        } catch (StageFailure failure) {
            Problem problem = failure.problem(context.traceId());
            observation.failed(problem);
            result = new CallResult.Failure(problem);
            failedIn = failure.stage();
            if (failedIn == Stage.RESOLVE) {
                recordedAs = telemetry.unknownOperation(span);
            }
        } catch (RuntimeException broken) {
            // A failing plug-in (authorizer, rate limiter, store) must still end as a problem
            // document, reported on the stage it failed in, with the span ended and listeners told.
            failedIn = observation.current();
            System.getLogger(OperationExecutor.class.getName()).log(System.Logger.Level.ERROR,
                    "Pipeline of " + key + " failed in stage " + failedIn + " (trace " + context.traceId() + ")", broken);
            Problem problem = Problem.of(StandardCode.INTERNAL_ERROR)
                    .detail("The operation failed on the server.").traceId(context.traceId()).build();
            observation.failed(problem);
            result = new CallResult.Failure(problem);
        }
        long elapsed = System.nanoTime() - started;
        telemetry.finish(span, recordedAs, context.channel().name(), result.status(), outcomeCode(result), failedIn, elapsed);
        observation.finished(result, elapsed);
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
     * Runs work the application does on its own (a timer firing, an action's outcome) as the
     * system task {@code task}: in one unit of work, its events checked against the task's
     * declared events and written to the outbox, one audit record per audit key of the task with
     * {@code input} as its input (what the work is about, e.g. the timer), {@code actor} and {@code onBehalfOf} from the context (build it
     * with {@link CallContext.Builder#onBehalfOf}), one span and one duration, the listener told.
     * The task is an operation spec no surface exposes: it need not be registered, its events must.
     * Returns what the work returns; a {@link io.contractspec.core.result.ContractException} the
     * work throws comes out unchanged, after the rollback.
     */
    public <T> T runAsSystem(OperationSpec task, CallContext context, JsonNode input, SystemWork<T> work) {
        return systemTasks.run(task, context, input, work);
    }

    /**
     * Whether the caller would pass the authentication and authorization stages of an operation
     * (with every authorizer and its feature flags), without running it; empty when allowed, else
     * the problem the call would get.
     */
    public Optional<Problem> checkPolicy(String key, String version, CallContext context) {
        CallObservation unobserved = CallObservation.begin(ExecutionListener.NONE, key, version, null, context);
        try {
            authenticateAndAuthorize(resolve(key, version, unobserved), context, unobserved);
            return Optional.empty();
        } catch (StageFailure failure) {
            return Optional.of(failure.problem(context.traceId()));
        }
    }

    private OperationSpec resolve(String key, String version, CallObservation observation) {
        observation.enter(Stage.RESOLVE);
        ContractRegistry registry = config.registry();
        Optional<OperationSpec> found = version == null ? registry.operation(key) : registry.operation(key, version);
        OperationSpec operation = found.orElseThrow(() -> new StageFailure(Stage.RESOLVE, Problem.of(StandardCode.NOT_FOUND)
                .detail("No operation '" + key + "'" + (version == null ? "" : " in version " + version) + " exists.")));
        observation.resolved(operation);
        observation.passed();
        return operation;
    }

    private void authenticateAndAuthorize(OperationSpec operation, CallContext context, CallObservation observation) {
        observation.enter(Stage.AUTHENTICATE);
        config.authorization().authenticate(operation, context);
        observation.passed();
        observation.enter(Stage.AUTHORIZE);
        config.authorization().authorize(operation, context);
        observation.passed();
    }

    private void rateLimit(OperationSpec operation, CallContext context, CallObservation observation) {
        if (RateLimiting.applies(operation)) {
            observation.enter(Stage.RATE_LIMIT);
            rateLimiting.take(operation, context);
            observation.passed();
        }
    }

    private static JsonNode readInput(OperationSpec operation, JsonNode parsed, CallInput unread,
            CallObservation observation) {
        JsonNode input = parsed;
        if (unread != null) {
            observation.enter(Stage.PARSE_INPUT);
            input = InputStages.parse(unread);
            observation.passed();
        }
        observation.enter(Stage.VALIDATE_INPUT);
        JsonNode valid = InputStages.validate(operation, input);
        observation.passed();
        return valid;
    }

    private CallResult runInUnitOfWork(OperationSpec operation, JsonNode input, CallContext context,
            CallObservation observation) {
        IdempotentCall idempotency = IdempotentCall.of(operation, input, context, config.idempotencyStore(),
                config.idempotencyTtl()).orElse(null);
        CallResult result;
        try {
            result = config.unitOfWork().run(transaction -> {
                Optional<CallResult> replayed = replay(idempotency, transaction, observation);
                return replayed.isPresent()
                        ? replayed.get()
                        : runHandler(operation, input, context, transaction, idempotency, observation);
            });
        } catch (StageFailure failure) {
            throw failure;
        } catch (IdempotencyStore.KeyTakenException raced) {
            observation.passed(); // the commit lost to a concurrent call with the same key: its result stands
            return replayAfterRace(idempotency, raced, operation, context, observation);
        } catch (Exception e) {
            throw HandlerFailures.toStageFailure(e, operation, context, observation.current());
        }
        observation.passed(); // the commit (a replay has no commit stage, and this is then a no-op)
        CallResult.Success success = (CallResult.Success) result;
        if (!success.replayed()) {
            commit.committed(success.events());
        }
        return result;
    }

    private static Optional<CallResult> replay(IdempotentCall idempotency, Transaction transaction,
            CallObservation observation) {
        if (idempotency == null) {
            return Optional.empty();
        }
        observation.enter(Stage.IDEMPOTENCY);
        Optional<CallResult> replayed = idempotency.replay(transaction);
        observation.passed();
        return replayed;
    }

    /**
     * A concurrent call with the same key committed first: answer as its retry would. Should its
     * entry be gone already (expired in between), the IDEMPOTENCY stage fails, as listeners hear.
     */
    private CallResult replayAfterRace(IdempotentCall idempotency, IdempotencyStore.KeyTakenException raced,
            OperationSpec operation, CallContext context, CallObservation observation) {
        try {
            Optional<CallResult> replayed = config.unitOfWork().run(transaction -> {
                observation.enter(Stage.IDEMPOTENCY);
                return idempotency.replay(transaction);
            });
            if (replayed.isEmpty()) {
                throw HandlerFailures.internal(raced, operation, context, Stage.IDEMPOTENCY);
            }
            observation.passed();
            return replayed.get();
        } catch (StageFailure failure) {
            throw failure;
        } catch (Exception e) {
            throw HandlerFailures.internal(e, operation, context, Stage.IDEMPOTENCY);
        }
    }

    private CallResult runHandler(OperationSpec operation, JsonNode input, CallContext context,
            Transaction transaction, IdempotentCall idempotency, CallObservation observation) {
        observation.enter(Stage.HANDLER);
        OperationHandler handler = config.handlers().handler(operation.ref()).orElseThrow(() -> new StageFailure(
                Stage.HANDLER, Problem.of(StandardCode.NOT_IMPLEMENTED).detail("This operation has no handler yet.")));
        CallScope scope = new CallScope(operation, context, transaction, config.registry(), config.authorization(),
                observation);
        JsonNode output;
        try {
            // A command's audit record and idempotency entry need its input as sent; a query keeps nothing of it.
            output = handler.handle(operation.isCommand() ? input.deepCopy() : input, scope);
        } catch (Exception e) {
            scope.checkRecordNotRefused(); // a refused record check or emit outranks whatever the handler made of it
            scope.checkedEvents();
            throw HandlerFailures.toStageFailure(e, operation, context);
        }
        scope.checkRecordAuthorized();
        List<EventEnvelope> events = scope.checkedEvents();
        observation.passed();
        validateOutput(operation, output, context, observation);
        observation.enter(Stage.COMMIT);
        commit.write(transaction, operation, input, context, scope, events, operation.isCommand()); // queries leave no audit
        if (operation.isCommand() && idempotency != null) {
            idempotency.save(transaction, scope.status(), output, scope.now());
        }
        return new CallResult.Success(output, scope.status(), context.traceId(), events, false);
    }

    private static void validateOutput(OperationSpec operation, JsonNode output, CallContext context,
            CallObservation observation) {
        observation.enter(Stage.VALIDATE_OUTPUT);
        ValidationResult result = operation.output().validate(output);
        if (!result.isValid()) {
            System.getLogger(OperationExecutor.class.getName()).log(System.Logger.Level.ERROR,
                    "Handler of " + operation.ref() + " returned an invalid output (trace " + context.traceId() + "): "
                            + result.issues());
            throw new StageFailure(Stage.VALIDATE_OUTPUT, Problem.of(StandardCode.INTERNAL_ERROR)
                    .detail("The operation failed on the server."));
        }
        observation.passed();
    }

    private static String outcomeCode(CallResult result) {
        return result instanceof CallResult.Failure failure ? failure.problem().code() : "OK";
    }
}
