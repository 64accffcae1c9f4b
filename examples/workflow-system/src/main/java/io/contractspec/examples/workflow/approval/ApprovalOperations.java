package io.contractspec.examples.workflow.approval;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_DECISION;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.MAY_NOT_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.NOT_ASSIGNEE;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.NOT_DECIDABLE;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.NOT_PENDING;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.REQUEST_CLOSED;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.REQUEST_NOT_FOUND;
import static io.contractspec.examples.workflow.approval.ApprovalErrors.SELF_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_COMMENT_ADDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DECIDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DELEGATED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.approval.ApprovalModels.APPROVAL_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalModels.APPROVAL_REQUEST;
import static io.contractspec.examples.workflow.approval.ApprovalModels.REQUEST_ID;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;
import static io.contractspec.examples.workflow.shared.StorageLimits.LONG_TEXT;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.command;
import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Working on approval requests: decide, delegate, comment. */
public final class ApprovalOperations {


    /** User ids: anything but the namespace of role approvers ({@code role:<role>}). */
    private static final String USER_ID_PATTERN = "^(?!role:)";

    private static final Model DECIDE_INPUT = Model.builder("DecideApprovalInput")
            .description("An approver's decision on a request.")
            .field(REQUEST_ID)
            .required("decision", APPROVAL_DECISION, "The decision.")
            .field(Field.optional("comment", STRING).description("Why; shown with the decision.").maxLength(LONG_TEXT))
            .optional("data", JSON_OBJECT, "Data merged into the instance's context data, e.g. an approved amount.")
            .build();

    public static final OperationSpec DECIDE_APPROVAL = command("workflow.approval.decide")
            .tags("workflow", "approval", "decide")
            .description("Decide a pending approval request.")
            .goal("Approve or reject what a workflow waits for, so that it moves on.")
            .context("The assigned approver, or a holder of the request's role, from their approval inbox.")
            .input(DECIDE_INPUT)
            .output(APPROVAL_REQUEST)
            .error(REQUEST_NOT_FOUND)
            .error(NOT_ASSIGNEE)
            .error(NOT_DECIDABLE)
            .emits(APPROVAL_DECIDED, "Request is decided")
            .emits(STEP_EXITED, "The decisions settle the approval step, per its approval mode")
            .emits(STEP_ENTERED, "Instance enters the next step, and each step it advances to by itself")
            .emits(APPROVAL_REQUESTED, "The next approver of a sequential step, or of a next approval step, is asked")
            .emits(INSTANCE_COMPLETED, "Instance reaches an end step")
            .emits(INSTANCE_FAILED, "An action step on the way fails with no failure transition")
            .audit("workflow.approval.decided")
            .rest(POST, "/workflow/approvals/{requestId}/decide")
            .scenario("decide-approval-happy-path", given("An expense waits in step manager-approval, mode any"),
                    when("A manager approves"),
                    then("Request status becomes APPROVED", "The other managers' requests become WITHDRAWN",
                            "Instance moves to step finance-approval"))
            .scenario("decide-on-paused-instance", given("The request's instance is paused"),
                    when("The approver decides"), then("The call fails with CONFLICT", "The request stays pending"))
            .example("approve-expense", json("{requestId: 'req-789', decision: 'approve', comment: 'Within budget'}"),
                    json("{id: 'req-789', status: 'approved', decision: 'approve'}"))
            .exampleError("decide-on-paused-instance",
                    json("{requestId: 'req-paused', decision: 'approve'}"), "CONFLICT")
            .build();

    private static final Model DELEGATE_INPUT = Model.builder("DelegateApprovalInput")
            .description("Who should decide a request instead of the caller, and why.")
            .field(REQUEST_ID)
            .field(Field.required("delegateTo", ID)
                    .description("The user who decides from now on; a user id, never a role approver id 'role:…'.")
                    .maxLength(SHORT_TEXT)
                    .pattern(USER_ID_PATTERN))
            .field(Field.optional("reason", STRING).description("Why, e.g. absence.").maxLength(LONG_TEXT))
            .build();

    public static final OperationSpec DELEGATE_APPROVAL = command("workflow.approval.delegate")
            .tags("workflow", "approval", "delegate")
            .description("Delegate a pending approval request to another user.")
            .goal("Keep approvals moving when the approver cannot decide, e.g. during an absence.")
            .context("The assigned approver, or a holder of the request's role; who delegated is recorded.")
            .input(DELEGATE_INPUT)
            .output(APPROVAL_REQUEST)
            .error(REQUEST_NOT_FOUND)
            .error(NOT_ASSIGNEE)
            .error(SELF_APPROVAL)
            .error(NOT_PENDING)
            .emits(APPROVAL_DELEGATED, "Request is delegated")
            .audit("workflow.approval.delegated")
            .rest(POST, "/workflow/approvals/{requestId}/delegate")
            .scenario("delegate-approval-happy-path", given("A manager has a pending request"),
                    when("The manager delegates it to a deputy"), then("The deputy can decide the request"))
            .example("delegate-to-deputy",
                    json("{requestId: 'req-789', delegateTo: 'u-deputy', reason: 'On vacation this week'}"),
                    json("{id: 'req-789', delegatedTo: 'u-deputy'}"))
            .exampleError("delegate-decided-request", json("{requestId: 'req-decided', delegateTo: 'u-deputy'}"),
                    "CONFLICT")
            .build();

    private static final Model ADD_COMMENT_INPUT = Model.builder("AddApprovalCommentInput")
            .description("A comment on an approval request.")
            .field(REQUEST_ID)
            .field(Field.required("content", NON_EMPTY_STRING).description("The text.").maxLength(LONG_TEXT))
            .field(Field.optional("isInternal", BOOLEAN)
                    .description("Whether only approvers and admins see it, not the requester.")
                    .defaultValue(false))
            .build();

    public static final OperationSpec ADD_APPROVAL_COMMENT = command("workflow.approval.comment.add")
            .tags("workflow", "approval", "comment")
            .description("Add a comment to an approval request.")
            .goal("Discuss a request before deciding it, e.g. ask for a missing receipt.")
            .context("Approvers and the requester, on the approval page.")
            .input(ADD_COMMENT_INPUT)
            .output(APPROVAL_COMMENT)
            .successStatus(201)
            .error(REQUEST_NOT_FOUND)
            .error(MAY_NOT_COMMENT)
            .error(REQUEST_CLOSED)
            .emits(APPROVAL_COMMENT_ADDED, "Comment is added")
            .audit("workflow.approval.comment.added")
            .rest(POST, "/workflow/approvals/{requestId}/comments")
            .scenario("add-comment-happy-path", given("A pending approval request"),
                    when("An approver adds an internal comment"), then("The comment is recorded as internal"))
            .example("add-internal-comment",
                    json("{requestId: 'req-789', content: 'Receipt checked', isInternal: true}"),
                    json("{approvalRequestId: 'req-789', content: 'Receipt checked', isInternal: true}"))
            .exampleError("comment-unknown-request", json("{requestId: 'req-missing', content: 'Hello'}"),
                    "NOT_FOUND")
            .build();

    private ApprovalOperations() {}
}
