package io.contractspec.examples.workflow.instance;

import static io.contractspec.core.result.StandardCode.CONFLICT;
import static io.contractspec.core.result.StandardCode.FORBIDDEN;
import static io.contractspec.core.result.StandardCode.NOT_FOUND;

import io.contractspec.core.spec.ErrorSpec;

/** The errors the instance operations declare; the contracts list them, the handlers raise them. */
public final class InstanceErrors {

    public static final ErrorSpec INSTANCE_NOT_FOUND =
            ErrorSpec.of(NOT_FOUND, "no workflow instance with this id in the caller's organization");
    public static final ErrorSpec DEFINITION_NOT_FOUND =
            ErrorSpec.of(NOT_FOUND, "no definition with this key in the caller's organization");
    public static final ErrorSpec DEFINITION_NOT_ACTIVE =
            ErrorSpec.of(CONFLICT, "the definition is not active (it is a draft, deprecated or archived)");
    public static final ErrorSpec TRANSITION_NOT_ALLOWED = new ErrorSpec("TRANSITION_NOT_ALLOWED", 409,
            "the instance is not running or waiting, or its current step has no such action");
    public static final ErrorSpec LACKS_STEP_ROLES =
            ErrorSpec.of(FORBIDDEN, "the caller lacks the roles of the current step or of the action");
    public static final ErrorSpec NOT_STARTER_OR_ADMIN =
            ErrorSpec.of(FORBIDDEN, "the caller is neither the instance's starter nor a workflow.admin");
    public static final ErrorSpec NOT_ACTIVE = ErrorSpec.of(CONFLICT, "the instance is not running or waiting");
    public static final ErrorSpec NOT_PAUSED = ErrorSpec.of(CONFLICT, "the instance is not paused");
    public static final ErrorSpec ALREADY_FINISHED =
            ErrorSpec.of(CONFLICT, "the instance already finished: completed, cancelled, failed or timed out");

    private InstanceErrors() {}
}
