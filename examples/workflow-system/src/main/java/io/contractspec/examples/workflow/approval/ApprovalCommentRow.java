package io.contractspec.examples.workflow.approval;

import java.time.Instant;

/** A comment on an approval request; internal ones are for approvers and admins only. */
public record ApprovalCommentRow(String id, String requestId, String authorId, String content, boolean internal,
        Instant createdAt) {}
