package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.runtime.CallResult;

/** What one run of an action step's operation gave (see {@link ActionAuthority#run}). */
final class ActionRunner {

    /** What one run gave: the output, or why it failed. */
    record Outcome(boolean succeeded, JsonNode output, String error) {}

    private ActionRunner() {}

    static Outcome outcome(ActionPolicy policy, CallResult result) {
        if (result instanceof CallResult.Success success) {
            return new Outcome(true, success.output(), null);
        }
        var problem = ((CallResult.Failure) result).problem();
        return new Outcome(false, null, policy.operation() + " failed with " + problem.code()
                + problem.detail().map(detail -> ": " + detail).orElse(""));
    }
}
