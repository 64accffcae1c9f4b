package io.contractspec.examples.workflow.instance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.examples.workflow.store.ColumnReader;
import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.examples.workflow.store.Keyset;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workflow instances, always read and written within one organization. */
public final class InstanceRepository {

    public static final String COLUMNS = "id, organization_id, workflow_definition_id, workflow_key, status,"
            + " status_before_pause, current_step_id, current_step_key, triggered_by, priority, reference_id,"
            + " reference_type, context_data, due_at, outcome, result_data, error_message, created_at, started_at,"
            + " completed_at, version";

    /** The filters of an instance listing; null means "any". */
    public record Filter(String workflowKey, InstanceStatus status, String referenceType, String referenceId,
            String triggeredBy) {}

    /**
     * Queues the insert of a new instance as it is now; the engine saves what starting it changes with {@link
     * #update}, queued behind it, so both reach the database in the same flush.
     */
    public void insert(JdbcSession session, InstanceRow row) {
        Jdbc.update(session, "INSERT INTO workflow_instance (" + COLUMNS + ") VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.organizationId(), row.definitionId(), row.workflowKey(), row.status(),
                row.statusBeforePause(), row.currentStepId(), row.currentStepKey(), row.triggeredBy(), row.priority(),
                row.referenceId(), row.referenceType(), row.contextData(), row.dueAt(), row.outcome(), row.resultData(),
                row.errorMessage(), row.createdAt(), row.startedAt(), row.completedAt(), row.version());
    }

    public Optional<InstanceRow> find(JdbcSession session, String organizationId, String id) {
        // By primary key alone, the organization checked on the row: with "AND organization_id = ?" PostgreSQL
        // may plan an organization index (before the table has statistics, or in a generic plan) and scan the
        // whole organization for one row.
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM workflow_instance WHERE id = ?",
                InstanceRepository::map, id).filter(row -> row.organizationId().equals(organizationId));
    }

    /**
     * Saves what the engine changed, if nobody saved the instance since it was read; bumps the version. The
     * row was read within its organization and the version ties the update to that read, so the primary key
     * finds it (see {@link #find}).
     */
    public void update(JdbcSession session, InstanceRow row) {
        Jdbc.updateVersioned(session, "workflow instance " + row.id(), "UPDATE workflow_instance SET status = ?,"
                        + " status_before_pause = ?, current_step_id = ?, current_step_key = ?, context_data = ?,"
                        + " outcome = ?, result_data = ?, error_message = ?, started_at = ?, completed_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                row.status(), row.statusBeforePause(), row.currentStepId(), row.currentStepKey(), row.contextData(),
                row.outcome(), row.resultData(), row.errorMessage(), row.startedAt(), row.completedAt(), row.id(),
                row.version());
        row.version(row.version() + 1);
    }

    /**
     * One page of an organization's instances, newest first, after the position of a previous page's
     * last row ({@code [createdAt, id]}; empty for the first page) or after {@code offset} rows.
     */
    public Page<InstanceRow> list(JdbcSession session, String organizationId, Filter filter, int limit, int offset,
            List<String> after) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(organizationId));
        condition(where, parameters, "workflow_key", filter.workflowKey());
        condition(where, parameters, "status", filter.status());
        condition(where, parameters, "reference_type", filter.referenceType());
        condition(where, parameters, "reference_id", filter.referenceId());
        condition(where, parameters, "triggered_by", filter.triggeredBy());
        long counted = Keyset.cappedCount(session, "workflow_instance", where.toString(), parameters);
        if (!after.isEmpty()) {
            Keyset.after(where, parameters, "created_at", true, Keyset.instant(after.get(0)), after.get(1));
        }
        parameters.add(limit + 1);
        parameters.add(offset);
        List<InstanceRow> rows = Jdbc.query(session, "SELECT " + COLUMNS + " FROM workflow_instance" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", InstanceRepository::map, parameters.toArray());
        return Page.of(rows, limit, counted, Paging.TOTAL_CAP);
    }

    /** Where a page after this row starts: {@code [createdAt, id]}. */
    public static List<String> position(InstanceRow row) {
        return List.of(row.createdAt().toString(), row.id());
    }

    private static void condition(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static InstanceRow map(ResultSet row) throws SQLException {
        return map(row, "");
    }

    /** Reads the row from columns named with {@code prefix} (as {@link Jdbc#aliased} names them in a join). */
    public static InstanceRow map(ResultSet row, String prefix) throws SQLException {
        ColumnReader column = new ColumnReader(row, prefix);
        InstanceRow instance = new InstanceRow(column.text("id"), column.text("organization_id"),
                column.text("workflow_definition_id"), column.text("workflow_key"), column.text("triggered_by"),
                column.number("priority"), column.text("reference_id"), column.text("reference_type"),
                column.instant("due_at"), column.instant("created_at"));
        String before = column.text("status_before_pause");
        return instance.status(InstanceStatus.of(column.text("status")))
                .statusBeforePause(before == null ? null : InstanceStatus.of(before))
                .currentStep(column.text("current_step_id"), column.text("current_step_key"))
                .contextData((ObjectNode) column.json("context_data"))
                .outcome(column.text("outcome"))
                .resultData((ObjectNode) column.json("result_data"))
                .errorMessage(column.text("error_message"))
                .startedAt(column.instant("started_at"))
                .completedAt(column.instant("completed_at"))
                .version(column.version());
    }
}
