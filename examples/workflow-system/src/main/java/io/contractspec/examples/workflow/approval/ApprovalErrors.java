package io.contractspec.examples.workflow.approval;

import static io.contractspec.core.result.StandardCode.CONFLICT;
import static io.contractspec.core.result.StandardCode.FORBIDDEN;
import static io.contractspec.core.result.StandardCode.NOT_FOUND;

import io.contractspec.core.spec.ErrorSpec;

/** The errors the approval operations declare; the contracts list them, the handlers raise them. */
public final class ApprovalErrors {

    public static final ErrorSpec REQUEST_NOT_FOUND =
            ErrorSpec.of(NOT_FOUND, "no approval request with this id in the caller's organization");
    public static final ErrorSpec NOT_ASSIGNEE =
            ErrorSpec.of(FORBIDDEN, "the caller is neither the assignee nor a holder of the request's role");
    public static final ErrorSpec NOT_DECIDABLE =
            ErrorSpec.of(CONFLICT, "the request is not pending, or its instance is paused");
    public static final ErrorSpec SELF_APPROVAL = new ErrorSpec("SELF_APPROVAL", 403,
            "the target is the instance's requester, who may not approve their own request");
    public static final ErrorSpec NOT_PENDING = ErrorSpec.of(CONFLICT, "the request is not pending");
    public static final ErrorSpec MAY_NOT_COMMENT = ErrorSpec.of(FORBIDDEN, "the caller is neither an approver of"
            + " the request (its assignee or a holder of its role) nor the instance's requester, or the comment is"
            + " internal and the caller is no approver");
    public static final ErrorSpec REQUEST_CLOSED =
            ErrorSpec.of(CONFLICT, "the request is closed (no longer pending, or its instance has finished)");

    private ApprovalErrors() {}
}
