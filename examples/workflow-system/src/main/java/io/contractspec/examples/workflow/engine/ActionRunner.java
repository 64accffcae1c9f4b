package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.examples.workflow.shared.EventPayloads;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs an action step's operation through the executor, as the system actor of the instance's
 * organization, in a unit of work of its own: it is never nested in the transaction that moves
 * the instance, so a failing action cannot roll back the workflow's own bookkeeping.
 */
final class ActionRunner {

    /** What one run gave: the output, or why it failed. */
    record Outcome(boolean succeeded, JsonNode output, String error) {}

    private final Supplier<OperationExecutor> executor;

    ActionRunner(Supplier<OperationExecutor> executor) {
        this.executor = executor;
    }

    Outcome run(ActionPolicy policy, String organizationId, Clock clock) {
        Principal system = new Principal(EventPayloads.SYSTEM_ACTOR, organizationId, Set.copyOf(policy.roles()), Set.of());
        CallContext context = CallContext.builder().principal(system).clock(clock).build();
        CallResult result;
        try {
            result = executor.get().execute(policy.operation(), policy.version(), policy.input(), context);
        } catch (RuntimeException e) {
            return new Outcome(false, null, "the action failed: " + e);
        }
        if (result instanceof CallResult.Success success) {
            return new Outcome(true, success.output(), null);
        }
        var problem = ((CallResult.Failure) result).problem();
        return new Outcome(false, null, policy.operation() + " failed with " + problem.code()
                + problem.detail().map(detail -> ": " + detail).orElse(""));
    }
}
