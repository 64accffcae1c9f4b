package io.contractspec.examples.workflow.definition;

import static io.contractspec.core.result.StandardCode.CONFLICT;
import static io.contractspec.core.result.StandardCode.NOT_FOUND;

import io.contractspec.core.spec.ErrorSpec;

/** The errors the definition operations declare; the contracts list them, the handlers raise them. */
public final class DefinitionErrors {

    public static final ErrorSpec WORKFLOW_NOT_FOUND =
            ErrorSpec.of(NOT_FOUND, "no workflow definition with this id in the caller's organization");
    public static final ErrorSpec KEY_TAKEN =
            ErrorSpec.of(CONFLICT, "a definition with this key already exists in the caller's organization");
    public static final ErrorSpec STEP_NOT_ADDED = ErrorSpec.of(CONFLICT, "the definition is not a draft, it already"
            + " has a step with this key, or no position is left after its last step");
    public static final ErrorSpec INVALID_GRAPH = new ErrorSpec("INVALID_GRAPH", 422, "the graph fails validation"
            + " (no steps, no entry step, a transition to a missing step, no reachable end step or an unreachable"
            + " step); the issues list each problem");
    public static final ErrorSpec ACTION_NOT_ALLOWED = new ErrorSpec("ACTION_NOT_ALLOWED", 403, "an action step"
            + " calls an operation this deployment does not allow for action steps, names roles of its own, or"
            + " calls an operation the publisher may not call; an action runs on the publisher's authority");
    public static final ErrorSpec NOT_A_DRAFT = ErrorSpec.of(CONFLICT, "the definition is not a draft");

    private DefinitionErrors() {}
}
