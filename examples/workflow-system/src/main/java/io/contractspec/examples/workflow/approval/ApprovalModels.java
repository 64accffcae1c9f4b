package io.contractspec.examples.workflow.approval;

import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_DECISION;
import static io.contractspec.examples.workflow.approval.ApprovalEnums.APPROVAL_STATUS;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Approval requests and their comments, as they travel. */
public final class ApprovalModels {

    /** The input field naming one approval request. */
    public static final Field REQUEST_ID = Field.required("requestId", ID)
            .description("The approval request's id.")
            .maxLength(SHORT_TEXT)
            .build();

    public static final Model APPROVAL_REQUEST = Model.builder("ApprovalRequest")
            .description("One approver's part in an approval step: one request per approver.")
            .required("id", ID, "The request's id.")
            .required("workflowInstanceId", ID, "The instance waiting for the decision.")
            .required("stepExecutionId", ID, "The visit to the approval step that created it.")
            .required("approverId", ID, "The user who is asked to decide.")
            .optional("approverRole", NON_EMPTY_STRING, "The role through which the approver was asked.")
            .required("title", NON_EMPTY_STRING, "What is to be approved, e.g. 'Expense exp-1001: CHF 420'.")
            .optional("description", STRING, "Details for the approver.")
            .required("status", APPROVAL_STATUS, "Where the request is in its life.")
            .optional("decision", APPROVAL_DECISION, "The decision, once made.")
            .optional("decisionComment", STRING, "The approver's comment on the decision.")
            .optional("decidedAt", DATE_TIME, "When it was decided.")
            .optional("dueAt", DATE_TIME, "When a decision is due (the step's SLA).")
            .optional("delegatedTo", ID, "The user the request was delegated to.")
            .field(Field.required("escalationLevel", INT).description("0, plus 1 per escalation.").minimum(0))
            .field(Field.required("sequenceOrder", INT)
                    .description("Order among the requests of a sequential step; 0 otherwise.")
                    .minimum(0))
            .optional("contextSnapshot", JSON_OBJECT, "The instance's context data when the request was created.")
            .required("createdAt", DATE_TIME, "When it was created.")
            .build();

    public static final Model APPROVAL_COMMENT = Model.builder("ApprovalComment")
            .description("A comment on an approval request.")
            .required("id", ID, "The comment's id.")
            .required("approvalRequestId", ID, "The request it belongs to.")
            .required("authorId", ID, "The user who wrote it.")
            .required("content", NON_EMPTY_STRING, "The text.")
            .required("isInternal", BOOLEAN, "Whether only approvers and admins see it, not the requester.")
            .required("createdAt", DATE_TIME, "When it was written.")
            .build();

    public static final Model APPROVAL_REQUEST_LIST = Model.builder("ApprovalRequestList")
            .description("One page of the caller's approval requests.")
            .field(Field.required("requests", APPROVAL_REQUEST).array().description("The requests on this page."))
            .field(Paging.NEXT_CURSOR)
            .field(Paging.TOTAL)
            .field(Paging.TOTAL_CAPPED)
            .field(Field.required("pendingCount", INT)
                    .description("Number of the caller's requests still pending, whatever the filter.")
                    .minimum(0))
            .build();

    private ApprovalModels() {}
}
