package io.contractspec.examples.workflow.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.instance.InstanceRepository;
import io.contractspec.examples.workflow.instance.StepExecutionRepository;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.examples.workflow.store.ColumnReader;
import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.examples.workflow.store.Keyset;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Approval requests, always read and written within one organization. */
public final class ApprovalRequestRepository {

    static final String COLUMNS = "id, organization_id, workflow_instance_id, step_execution_id, approver_id,"
            + " approver_role, title, description, status, decision, decision_comment, decided_by, decided_at, due_at,"
            + " delegated_to, delegated_by, escalation_level, sequence_order, context_snapshot, created_at, version";

    private static final String VISIT_OF_REQUEST = "SELECT " + Jdbc.aliased(COLUMNS, "r") + ", "
            + Jdbc.aliased(StepExecutionRepository.COLUMNS, "e") + ", " + Jdbc.aliased(InstanceRepository.COLUMNS, "i")
            + " FROM approval_request r"
            + " JOIN step_execution e ON e.id = r.step_execution_id"
            + " JOIN workflow_instance i ON i.id = r.workflow_instance_id"
            + " WHERE r.step_execution_id = (SELECT step_execution_id FROM approval_request WHERE id = ?)"
            + " ORDER BY r.sequence_order, r.id";

    public void insert(JdbcSession session, ApprovalRequestRow row) {
        Jdbc.update(session, "INSERT INTO approval_request (" + COLUMNS + ") VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.organizationId(), row.instanceId(), row.stepExecutionId(), row.approverId(),
                row.approverRole(), row.title(), row.description(), row.status(), row.decision(),
                row.decisionComment(), row.decidedBy(), row.decidedAt(), row.dueAt(), row.delegatedTo(),
                row.delegatedBy(), row.escalationLevel(), row.sequenceOrder(), row.contextSnapshot(), row.createdAt(),
                row.version());
    }

    public Optional<ApprovalRequestRow> find(JdbcSession session, String organizationId, String id) {
        // By primary key alone, the organization checked on the row (see InstanceRepository.find).
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM approval_request WHERE id = ?",
                ApprovalRequestRepository::map, id).filter(row -> row.organizationId().equals(organizationId));
    }

    /**
     * What deciding request {@code id} needs, in one statement: the requests of its step visit (the request among
     * them), the visit and the instance. Empty when the organization has no such request.
     */
    public Optional<ApprovalVisit> visitOf(JdbcSession session, String organizationId, String id) {
        // Every row repeats the visit and the instance; they are read from the first row only (the instance's
        // context JSON need not be parsed once per approver).
        ApprovalVisit[] first = {null};
        List<ApprovalRequestRow> requests = Jdbc.query(session, VISIT_OF_REQUEST, row -> {
            if (first[0] == null) {
                first[0] = new ApprovalVisit(InstanceRepository.map(row, "i_"), StepExecutionRepository.map(row, "e_"),
                        List.of());
            }
            return map(row, "r_");
        }, id);
        if (requests.isEmpty() || !first[0].instance().organizationId().equals(organizationId)) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalVisit(first[0].instance(), first[0].execution(), requests));
    }

    /** The requests of one visit to an approval step, in sequence order. */
    public List<ApprovalRequestRow> ofExecution(JdbcSession session, String stepExecutionId) {
        return Jdbc.query(session, "SELECT " + COLUMNS + " FROM approval_request WHERE step_execution_id = ?"
                + " ORDER BY sequence_order, id", ApprovalRequestRepository::map, stepExecutionId);
    }

    /**
     * Gives every still pending request of the instance {@code status} (withdrawn or expired), without reading
     * them first; used as the instance ends, in the transaction that saves the instance with its version check.
     */
    public void closePendingOfInstance(JdbcSession session, String instanceId, RequestStatus status) {
        Jdbc.update(session, "UPDATE approval_request SET status = ?, version = version + 1"
                + " WHERE workflow_instance_id = ? AND status = 'pending'", status, instanceId);
    }

    /**
     * Saves the request if nobody saved it since it was read (within its organization); returns it with its
     * new version. The version ties the update to that read, so the primary key finds it.
     */
    public ApprovalRequestRow update(JdbcSession session, ApprovalRequestRow row) {
        Jdbc.updateVersioned(session, "approval request " + row.id(), "UPDATE approval_request SET approver_id = ?,"
                        + " approver_role = ?, status = ?, decision = ?, decision_comment = ?, decided_by = ?,"
                        + " decided_at = ?, due_at = ?, delegated_to = ?, delegated_by = ?, escalation_level = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                row.approverId(), row.approverRole(), row.status(), row.decision(), row.decisionComment(),
                row.decidedBy(), row.decidedAt(), row.dueAt(), row.delegatedTo(), row.delegatedBy(),
                row.escalationLevel(), row.id(), row.version());
        return row.nextVersion();
    }

    /**
     * One page of the requests addressed to a user, directly or through one of their roles, oldest
     * first, after the position of a previous page's last row ({@code [createdAt, id]}; empty for
     * the first page) or after {@code offset} rows; the total counts matches up to the cap and
     * {@code pending} the user's pending requests whatever the status filter.
     */
    public Inbox inbox(JdbcSession session, String organizationId, String userId, Collection<String> roles,
            RequestStatus status, int limit, int offset, List<String> after) {
        List<Object> parameters = new ArrayList<>(List.of(organizationId, userId));
        // A user's own requests have no role; a user id that reads like a role approver id matches nothing.
        StringBuilder where = new StringBuilder(" WHERE organization_id = ? AND (approver_id = ? AND approver_role IS NULL");
        if (!roles.isEmpty()) {
            where.append(" OR approver_role IN (").append("?, ".repeat(roles.size() - 1)).append("?)");
            parameters.addAll(roles);
        }
        where.append(")");
        long pending = Jdbc.count(session, "SELECT COUNT(*) FROM approval_request" + where + " AND status = 'pending'",
                parameters.toArray());
        if (status != null) {
            where.append(" AND status = ?");
            parameters.add(status);
        }
        long counted = Keyset.cappedCount(session, "approval_request", where.toString(), parameters);
        if (!after.isEmpty()) {
            Keyset.after(where, parameters, "created_at", false, Keyset.instant(after.get(0)), after.get(1));
        }
        parameters.add(limit + 1);
        parameters.add(offset);
        List<ApprovalRequestRow> rows = Jdbc.query(session, "SELECT " + COLUMNS + " FROM approval_request" + where
                + " ORDER BY created_at, id LIMIT ? OFFSET ?", ApprovalRequestRepository::map, parameters.toArray());
        return new Inbox(Page.of(rows, limit, counted, Paging.TOTAL_CAP), pending);
    }

    /** Where a page after this row starts: {@code [createdAt, id]}. */
    public static List<String> position(ApprovalRequestRow row) {
        return List.of(row.createdAt().toString(), row.id());
    }

    /** A page of a user's approval requests and how many of all their requests are pending. */
    public record Inbox(Page<ApprovalRequestRow> page, long pendingCount) {}

    private static ApprovalRequestRow map(ResultSet row) throws SQLException {
        return map(row, "");
    }

    /** Reads the row from columns named with {@code prefix} (as {@link Jdbc#aliased} names them in a join). */
    static ApprovalRequestRow map(ResultSet row, String prefix) throws SQLException {
        ColumnReader column = new ColumnReader(row, prefix);
        return new ApprovalRequestRow(column.text("id"), column.text("organization_id"),
                column.text("workflow_instance_id"), column.text("step_execution_id"), column.text("approver_id"),
                column.text("approver_role"), column.text("title"), column.text("description"),
                RequestStatus.of(column.text("status")), column.text("decision"), column.text("decision_comment"),
                column.text("decided_by"), column.instant("decided_at"), column.instant("due_at"),
                column.text("delegated_to"), column.text("delegated_by"), column.number("escalation_level"),
                column.number("sequence_order"), (ObjectNode) column.json("context_snapshot"),
                column.instant("created_at"), column.version());
    }
}
