package io.contractspec.examples.workflow.approval;

import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.util.List;

/** Comments on approval requests; reached through a request the caller may see. Never changed once written. */
public final class ApprovalCommentRepository {

    public void insert(JdbcSession session, ApprovalCommentRow row) {
        Jdbc.update(session, "INSERT INTO approval_comment (id, approval_request_id, author_id, content, is_internal,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                row.id(), row.requestId(), row.authorId(), row.content(), row.internal(), row.createdAt());
    }

    public List<ApprovalCommentRow> ofRequest(JdbcSession session, String requestId) {
        return Jdbc.query(session, "SELECT id, approval_request_id, author_id, content, is_internal, created_at"
                        + " FROM approval_comment WHERE approval_request_id = ? ORDER BY created_at, id",
                row -> new ApprovalCommentRow(row.getString("id"), row.getString("approval_request_id"),
                        row.getString("author_id"), row.getString("content"), row.getBoolean("is_internal"),
                        Jdbc.instant(row, "created_at")),
                requestId);
    }
}
