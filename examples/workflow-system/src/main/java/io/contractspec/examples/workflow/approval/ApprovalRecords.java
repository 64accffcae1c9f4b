package io.contractspec.examples.workflow.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.store.ApprovalCommentRow;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import java.time.Instant;
import java.util.List;

/**
 * The approval models as Java records (see {@code InstanceRecords} for why they are hand-written
 * and how they are checked). Decisions stay strings: the engine matches them against the step's
 * transitions, which the workflow's designer names.
 */
public final class ApprovalRecords {

    private ApprovalRecords() {}

    public record DecideInput(String requestId, String decision, String comment, ObjectNode data) {}

    public record DelegateInput(String requestId, String delegateTo, String reason) {}

    public record AddCommentInput(String requestId, String content, boolean isInternal) {}

    public record RequestIdInput(String requestId) {}

    public record ListMyApprovalsInput(RequestStatus status, int limit, String cursor, int offset) {}

    public record ApprovalRequest(String id, String workflowInstanceId, String stepExecutionId, String approverId,
            String approverRole, String title, String description, RequestStatus status, String decision,
            String decisionComment, Instant decidedAt, Instant dueAt, String delegatedTo, int escalationLevel,
            int sequenceOrder, ObjectNode contextSnapshot, Instant createdAt) {

        public static ApprovalRequest of(ApprovalRequestRow row) {
            return new ApprovalRequest(row.id(), row.instanceId(), row.stepExecutionId(), row.approverId(),
                    row.approverRole(), row.title(), row.description(), row.status(), row.decision(),
                    row.decisionComment(), row.decidedAt(), row.dueAt(), row.delegatedTo(), row.escalationLevel(),
                    row.sequenceOrder(), row.contextSnapshot() == null ? null : row.contextSnapshot().deepCopy(),
                    row.createdAt());
        }
    }

    public record ApprovalComment(String id, String approvalRequestId, String authorId, String content,
            boolean isInternal, Instant createdAt) {

        public static ApprovalComment of(ApprovalCommentRow row) {
            return new ApprovalComment(row.id(), row.requestId(), row.authorId(), row.content(), row.internal(),
                    row.createdAt());
        }
    }

    public record ApprovalRequestList(List<ApprovalRequest> requests, String nextCursor, long total,
            boolean totalCapped, long pendingCount) {}

    // Event payloads: who did what, where and when, the request and its instance, then the event's own facts.

    public record ApprovalRequested(String organizationId, String actorId, Instant occurredAt, String requestId,
            String instanceId, String workflowKey, String stepKey, String approverId, String approverRole, String title,
            Instant dueAt) {}

    public record ApprovalDecided(String organizationId, String actorId, Instant occurredAt, String requestId,
            String instanceId, String decision, RequestStatus status, String comment) {}

    public record ApprovalDelegated(String organizationId, String actorId, Instant occurredAt, String requestId,
            String instanceId, String fromApproverId, String toApproverId, String reason) {}

    public record ApprovalEscalated(String organizationId, String actorId, Instant occurredAt, String requestId,
            String instanceId, int escalationLevel, long slaSeconds) {}

    public record ApprovalCommentAdded(String organizationId, String actorId, Instant occurredAt, String requestId,
            String instanceId, String commentId, String authorId, boolean isInternal) {}
}
