package io.contractspec.examples.workflow.approval;

import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_DECISION;
import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_STATUS;
import static io.contractspec.examples.workflow.shared.EventPayloads.payload;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.event;
import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** What happens to approval requests. */
public final class ApprovalEvents {

    /** The request fields every approval event starts with. */
    private static Model.Builder requestPayload(String name, String description) {
        return payload(name, description)
                .required("requestId", ID, "The approval request.")
                .required("instanceId", ID, "The workflow instance waiting for it.");
    }

    public static final EventSpec APPROVAL_REQUESTED = event("workflow.approval.requested")
            .tags("workflow", "approval")
            .description("An approver was asked to decide: an instance entered an approval step.")
            .payload(requestPayload("ApprovalRequestedPayload", "A new approval request.")
                    .required("workflowKey", NON_EMPTY_STRING, "The key of the instance's definition.")
                    .required("stepKey", NON_EMPTY_STRING, "The approval step.")
                    .required("approverId", ID, "The user asked to decide.")
                    .optional("approverRole", NON_EMPTY_STRING, "The role through which they were asked.")
                    .required("title", NON_EMPTY_STRING, "What is to be approved.")
                    .optional("dueAt", DATE_TIME, "When a decision is due.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec APPROVAL_DECIDED = event("workflow.approval.decided")
            .tags("workflow", "approval")
            .description("An approver decided an approval request.")
            .payload(requestPayload("ApprovalDecidedPayload", "A decided approval request.")
                    .required("decision", APPROVAL_DECISION, "The decision.")
                    .required("status", APPROVAL_STATUS, "The request's status after the decision.")
                    .optional("comment", STRING, "The approver's comment.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec APPROVAL_DELEGATED = event("workflow.approval.delegated")
            .tags("workflow", "approval")
            .description("An approval request was handed to another approver.")
            .payload(requestPayload("ApprovalDelegatedPayload", "A delegated approval request.")
                    .required("fromApproverId", ID, "The approver who delegated.")
                    .required("toApproverId", ID, "The approver who now decides.")
                    .optional("reason", STRING, "Why it was delegated.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec APPROVAL_ESCALATED = event("workflow.approval.escalated")
            .tags("workflow", "approval", "timer")
            .description("An approval request stayed open past its step's SLA; emitted by the engine's timers.")
            .payload(requestPayload("ApprovalEscalatedPayload", "An escalated approval request.")
                    .field(Field.required("escalationLevel", INT).description("The new escalation level.").minimum(1))
                    .field(Field.required("slaSeconds", INT).description("The step's SLA that ran out.").minimum(1))
                    .build())
            .partitionKey("instanceId")
            .build();

    /** Carries no content: a comment may be internal, and events travel further than the approval page. */
    public static final EventSpec APPROVAL_COMMENT_ADDED = event("workflow.approval.comment.added")
            .tags("workflow", "approval", "comment")
            .description("A comment was added to an approval request.")
            .payload(requestPayload("ApprovalCommentAddedPayload", "A new comment on an approval request.")
                    .required("commentId", ID, "The comment.")
                    .required("authorId", ID, "Its author.")
                    .required("isInternal", BOOLEAN, "Whether it is internal.")
                    .build())
            .partitionKey("instanceId")
            .build();

    private ApprovalEvents() {}
}
