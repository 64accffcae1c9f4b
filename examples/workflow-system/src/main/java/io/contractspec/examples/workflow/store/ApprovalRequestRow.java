package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.approval.RequestStatus;
import java.time.Instant;

/**
 * One approver's part in an approval step. A request for a role has the approver id
 * {@code role:<role>} and is decided by any holder of the role; delegation reassigns it to one user.
 */
public record ApprovalRequestRow(
        String id,
        String organizationId,
        String instanceId,
        String stepExecutionId,
        String approverId,
        String approverRole,
        String title,
        String description,
        RequestStatus status,
        String decision,
        String decisionComment,
        String decidedBy,
        Instant decidedAt,
        Instant dueAt,
        String delegatedTo,
        String delegatedBy,
        int escalationLevel,
        int sequenceOrder,
        ObjectNode contextSnapshot,
        Instant createdAt,
        long version) {

    /** The approver id of a request addressed to every holder of a role. */
    public static String roleApprover(String role) {
        return "role:" + role;
    }

    public boolean isPending() {
        return status == RequestStatus.PENDING;
    }

    public ApprovalRequestRow decided(RequestStatus status, String decision, String comment, String by, Instant at) {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, approverId, approverRole, title,
                description, status, decision, comment, by, at, dueAt, delegatedTo, delegatedBy, escalationLevel,
                sequenceOrder, contextSnapshot, createdAt, version);
    }

    public ApprovalRequestRow withStatus(RequestStatus status) {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, approverId, approverRole, title,
                description, status, decision, decisionComment, decidedBy, decidedAt, dueAt, delegatedTo, delegatedBy,
                escalationLevel, sequenceOrder, contextSnapshot, createdAt, version);
    }

    public ApprovalRequestRow delegated(String to, String by) {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, to, null, title, description,
                status, decision, decisionComment, decidedBy, decidedAt, dueAt, to, by, escalationLevel, sequenceOrder,
                contextSnapshot, createdAt, version);
    }

    public ApprovalRequestRow escalated(Instant newDueAt) {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, approverId, approverRole, title,
                description, status, decision, decisionComment, decidedBy, decidedAt, newDueAt, delegatedTo,
                delegatedBy, escalationLevel + 1, sequenceOrder, contextSnapshot, createdAt, version);
    }

    public ApprovalRequestRow withDueAt(Instant newDueAt) {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, approverId, approverRole, title,
                description, status, decision, decisionComment, decidedBy, decidedAt, newDueAt, delegatedTo,
                delegatedBy, escalationLevel, sequenceOrder, contextSnapshot, createdAt, version);
    }

    ApprovalRequestRow nextVersion() {
        return new ApprovalRequestRow(id, organizationId, instanceId, stepExecutionId, approverId, approverRole, title,
                description, status, decision, decisionComment, decidedBy, decidedAt, dueAt, delegatedTo, delegatedBy,
                escalationLevel, sequenceOrder, contextSnapshot, createdAt, version + 1);
    }
}
