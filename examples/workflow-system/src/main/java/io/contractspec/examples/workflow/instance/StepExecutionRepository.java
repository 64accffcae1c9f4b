package io.contractspec.examples.workflow.instance;

import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.store.ColumnReader;
import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Step executions; reached through an instance the caller may see. */
public final class StepExecutionRepository {

    public static final String COLUMNS = "id, workflow_instance_id, step_id, step_key, step_type, parent_execution_id,"
            + " status, action_taken, actor_id, comment_text, attempts, error_message, entered_at, exited_at, version";

    public void insert(JdbcSession session, StepExecutionRow row) {
        Jdbc.update(session, "INSERT INTO step_execution (" + COLUMNS + ") VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.instanceId(), row.stepId(), row.stepKey(), row.stepType(), row.parentExecutionId(),
                row.status(), row.action(), row.actorId(), row.comment(), row.attempts(), row.errorMessage(),
                row.enteredAt(), row.exitedAt(), row.version());
    }

    public Optional<StepExecutionRow> find(JdbcSession session, String id) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM step_execution WHERE id = ?",
                StepExecutionRepository::map, id);
    }

    /** The instance's open visit of its current step (not a parallel branch). */
    public Optional<StepExecutionRow> activeTopLevel(JdbcSession session, String instanceId) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM step_execution WHERE workflow_instance_id = ?"
                        + " AND status = 'active' AND parent_execution_id IS NULL ORDER BY entered_at DESC",
                StepExecutionRepository::map, instanceId);
    }

    /** The branch visits of a parallel step's visit, open or closed. */
    public List<StepExecutionRow> branches(JdbcSession session, String parentExecutionId) {
        return Jdbc.query(session, "SELECT " + COLUMNS + " FROM step_execution WHERE parent_execution_id = ?"
                + " ORDER BY entered_at, id", StepExecutionRepository::map, parentExecutionId);
    }

    /** Closes an open visit; CONFLICT when another transaction closed or changed it first. */
    public StepExecutionRow close(JdbcSession session, StepExecutionRow row, ExecutionStatus status, String action,
            String actorId, String comment, String errorMessage, Instant at) {
        Jdbc.updateVersioned(session, "step execution " + row.id(), "UPDATE step_execution SET status = ?,"
                        + " action_taken = ?, actor_id = ?, comment_text = ?, error_message = ?, exited_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                status, action, actorId, comment, errorMessage, at, row.id(), row.version());
        return row.closed(status, action, actorId, comment, errorMessage, at);
    }

    /**
     * Closes every open visit of the instance with {@code status}, as {@link #close} would, without reading them
     * first; used as the instance ends, in the transaction that saves the instance with its version check.
     */
    public void closeActiveOfInstance(JdbcSession session, String instanceId, ExecutionStatus status, String actorId,
            Instant at) {
        Jdbc.update(session, "UPDATE step_execution SET status = ?, action_taken = NULL, actor_id = ?,"
                + " comment_text = NULL, error_message = NULL, exited_at = ?, version = version + 1"
                + " WHERE workflow_instance_id = ? AND status = 'active'", status, actorId, at, instanceId);
    }

    /** Counts one more attempt of an action step and records why the last one failed. */
    public void recordAttempt(JdbcSession session, StepExecutionRow row, int attempts, String errorMessage) {
        Jdbc.updateVersioned(session, "step execution " + row.id(), "UPDATE step_execution SET attempts = ?,"
                + " error_message = ?, version = version + 1 WHERE id = ? AND version = ?",
                attempts, errorMessage, row.id(), row.version());
    }

    private static StepExecutionRow map(ResultSet row) throws SQLException {
        return map(row, "");
    }

    /** Reads the row from columns named with {@code prefix} (as {@link Jdbc#aliased} names them in a join). */
    public static StepExecutionRow map(ResultSet row, String prefix) throws SQLException {
        ColumnReader column = new ColumnReader(row, prefix);
        return new StepExecutionRow(column.text("id"), column.text("workflow_instance_id"), column.text("step_id"),
                column.text("step_key"), StepType.of(column.text("step_type")), column.text("parent_execution_id"),
                ExecutionStatus.of(column.text("status")), column.text("action_taken"), column.text("actor_id"),
                column.text("comment_text"), column.number("attempts"), column.text("error_message"),
                column.instant("entered_at"), column.instant("exited_at"), column.version());
    }
}
