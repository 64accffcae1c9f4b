package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.internal.CallObservation;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.runtime.internal.StageFailure;
import io.contractspec.runtime.internal.Telemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.List;

/**
 * Runs {@link SystemWork} the way {@link OperationExecutor} runs a handler, minus the stages that
 * belong to callers (authentication, policy, rate limit, input validation, idempotency): one unit
 * of work whose events pass the task's emit guard into the outbox and whose audit records name the
 * system actor and the human it acts for, one span and one duration, the listener told.
 */
final class SystemTasks {

    private final RuntimeConfig config;
    private final Telemetry telemetry;
    private final CommitStep commit;

    SystemTasks(RuntimeConfig config, Telemetry telemetry, CommitStep commit) {
        this.config = config;
        this.telemetry = telemetry;
        this.commit = commit;
    }

    <T> T run(OperationSpec task, CallContext context, JsonNode input, SystemWork<T> work) {
        if (context.actor().isEmpty() || context.principal().isEmpty()) {
            throw new IllegalArgumentException("system work on " + task.ref()
                    + " needs a context built with onBehalfOf(systemActor, human)");
        }
        long started = System.nanoTime();
        CallObservation observation = CallObservation.begin(config.listener(), task.key(), task.version(), input,
                context);
        observation.resolved(task);
        observation.enter(Stage.HANDLER);
        Span span = telemetry.start(task.key(), context.channel().name());
        CallResult result = null;
        try (Scope ignored = span.makeCurrent()) {
            Outcome<T> outcome = config.unitOfWork().run(transaction -> {
                CallScope scope = new CallScope(task, context, transaction, config.registry(), config.authorization(),
                        observation);
                T value;
                try {
                    value = work.run(scope);
                } catch (Exception e) {
                    scope.checkedEvents(); // a refused emit outranks whatever the work made of it
                    throw e;
                }
                List<EventEnvelope> events = scope.checkedEvents();
                commit.write(transaction, task, input, context, scope, events, true);
                return new Outcome<>(value, events);
            });
            observation.passed();
            result = new CallResult.Success(NullNode.getInstance(), task.successStatus(), context.traceId(),
                    outcome.events(), false);
            commit.committed(outcome.events());
            return outcome.value();
        } catch (StageFailure refused) {
            result = failure(refused.problem(context.traceId()), observation);
            throw new IllegalStateException("system work " + task.ref() + " was refused by the runtime (trace "
                    + context.traceId() + "): " + refused.problem(context.traceId()).detail().orElse(""));
        } catch (ContractException declined) {
            result = failure(Problem.of(declined.code(), statusOf(task, declined.code()))
                    .detail(declined.detail()).traceId(context.traceId()).build(), observation);
            throw declined;
        } catch (RuntimeException broken) {
            result = failure(internalError(context), observation);
            throw broken;
        } catch (Exception broken) {
            result = failure(internalError(context), observation);
            throw new IllegalStateException("system work " + task.ref() + " failed", broken);
        } finally {
            long elapsed = System.nanoTime() - started;
            int status = result == null ? 500 : result.status();
            String code = result instanceof CallResult.Failure failure ? failure.problem().code() : "OK";
            telemetry.finish(span, task.key(), context.channel().name(), status, code,
                    result instanceof CallResult.Failure ? Stage.HANDLER : null, elapsed);
            if (result != null) {
                observation.finished(result, elapsed);
            }
        }
    }

    private static CallResult.Failure failure(Problem problem, CallObservation observation) {
        observation.failed(problem);
        return new CallResult.Failure(problem);
    }

    private static Problem internalError(CallContext context) {
        return Problem.of(StandardCode.INTERNAL_ERROR).detail("System work failed.").traceId(context.traceId()).build();
    }

    private static int statusOf(OperationSpec task, String code) {
        return task.error(code).map(error -> error.status())
                .or(() -> StandardCode.byCode(code).map(StandardCode::status))
                .orElse(500);
    }

    private record Outcome<T>(T value, List<EventEnvelope> events) {}
}
