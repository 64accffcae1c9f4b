package io.contractspec.examples.workflow.approval;

import static io.contractspec.examples.workflow.approval.ApprovalOperations.ADD_APPROVAL_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DECIDE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DELEGATE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.GET_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.LIST_MY_APPROVALS;

import io.contractspec.examples.workflow.approval.ApprovalRecords.AddCommentInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalComment;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalRequest;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalRequestList;
import io.contractspec.examples.workflow.approval.ApprovalRecords.DecideInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.DelegateInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ListMyApprovalsInput;
import io.contractspec.examples.workflow.approval.ApprovalRecords.RequestIdInput;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.runtime.HandlerBindings;

/** Binds the approval operations to their handlers, on records checked against the models now. */
public final class ApprovalBindings {

    private ApprovalBindings() {}

    public static void bind(HandlerBindings.Builder bindings, InstanceEngine engine, GraphCache graphs, ListPages pages) {
        ApprovalHandlers approvals = new ApprovalHandlers(engine, graphs, pages);
        bindings.bind(DECIDE_APPROVAL, DecideInput.class, ApprovalRequest.class, approvals::decide)
                .bind(DELEGATE_APPROVAL, DelegateInput.class, ApprovalRequest.class, approvals::delegate)
                .bind(ADD_APPROVAL_COMMENT, AddCommentInput.class, ApprovalComment.class, approvals::comment)
                .bind(LIST_MY_APPROVALS, ListMyApprovalsInput.class, ApprovalRequestList.class, approvals::listMine)
                .bind(GET_APPROVAL, RequestIdInput.class, ApprovalRequest.class, approvals::get);
    }
}
