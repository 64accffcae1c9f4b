package io.contractspec.examples.workflow.approval;

import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_COMMENT_ADDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DECIDED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_DELEGATED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_ESCALATED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.ADD_APPROVAL_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DECIDE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DELEGATE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.GET_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.LIST_MY_APPROVALS;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.feature;

import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.examples.workflow.shared.Paging;

/** The approver side of the workflow system. */
public final class ApprovalsFeature {

    public static final FeatureSpec APPROVALS = feature("workflow.approvals", Paging.LIST_VERSION)
            .title("Workflow approvals")
            .tags("workflow", "approval")
            .description("Decide approval requests (any, all, majority or sequential), delegate and comment on them;"
                    + " overdue requests escalate.")
            .operations(DECIDE_APPROVAL, DELEGATE_APPROVAL, ADD_APPROVAL_COMMENT, LIST_MY_APPROVALS, GET_APPROVAL)
            .events(APPROVAL_REQUESTED, APPROVAL_DECIDED, APPROVAL_DELEGATED, APPROVAL_ESCALATED,
                    APPROVAL_COMMENT_ADDED)
            .build();

    private ApprovalsFeature() {}
}
