package io.contractspec.examples.workflow.instance;

import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Timer rows. {@link #claimNextDue} locks one due row with {@code FOR UPDATE SKIP LOCKED} (H2 2.x
 * and PostgreSQL), so concurrent workers on any number of nodes each take a different timer and
 * never wait on one another.
 */
public final class TimerRepository {

    private static final String COLUMNS = "id, organization_id, workflow_instance_id, step_execution_id,"
            + " approval_request_id, timer_kind, due_at, remaining_millis, attempts, lease_owner, lease_until, version";

    public void insert(JdbcSession session, TimerRow row) {
        Jdbc.update(session, "INSERT INTO workflow_timer (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.organizationId(), row.instanceId(), row.stepExecutionId(), row.requestId(), row.kind(),
                row.dueAt(), row.remainingMillis(), row.attempts(), row.leaseOwner(), row.leaseUntil(), row.version());
    }

    /**
     * Locks the earliest timer that is due at {@code now} and not leased by a live worker, skipping
     * rows other transactions hold; the lock lasts until the calling transaction ends.
     */
    public Optional<TimerRow> claimNextDue(JdbcSession session, Instant now) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM workflow_timer WHERE due_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY due_at, id"
                        + " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED",
                TimerRepository::map, now, now);
    }

    public Optional<TimerRow> find(JdbcSession session, String id) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM workflow_timer WHERE id = ?",
                TimerRepository::map, id);
    }

    public List<TimerRow> ofInstance(JdbcSession session, String instanceId) {
        return Jdbc.query(session, "SELECT " + COLUMNS + " FROM workflow_timer WHERE workflow_instance_id = ?"
                + " ORDER BY due_at, id", TimerRepository::map, instanceId);
    }

    /** Takes a lease on a claimed timer until {@code until}; CONFLICT when someone else changed it. */
    public TimerRow lease(JdbcSession session, TimerRow timer, String owner, Instant until) {
        Jdbc.updateVersioned(session, "timer " + timer.id(), "UPDATE workflow_timer SET lease_owner = ?,"
                + " lease_until = ?, version = version + 1 WHERE id = ? AND version = ?", owner, until, timer.id(),
                timer.version());
        return new TimerRow(timer.id(), timer.organizationId(), timer.instanceId(), timer.stepExecutionId(),
                timer.requestId(), timer.kind(), timer.dueAt(), timer.remainingMillis(), timer.attempts(), owner, until,
                timer.version() + 1);
    }

    /** Sets a timer to fire again at {@code dueAt}, counting an attempt and dropping its lease. */
    public void reschedule(JdbcSession session, TimerRow timer, Instant dueAt, int attempts) {
        Jdbc.updateVersioned(session, "timer " + timer.id(), "UPDATE workflow_timer SET due_at = ?, attempts = ?,"
                        + " lease_owner = NULL, lease_until = NULL, version = version + 1 WHERE id = ? AND version = ?",
                dueAt, attempts, timer.id(), timer.version());
    }

    /** Deletes a timer that fired; CONFLICT when another worker took it over (its lease ran out) and changed it. */
    public void delete(JdbcSession session, TimerRow timer) {
        Jdbc.updateVersioned(session, "timer " + timer.id(), "DELETE FROM workflow_timer WHERE id = ? AND version = ?",
                timer.id(), timer.version());
    }

    public void deleteOfExecution(JdbcSession session, String stepExecutionId) {
        Jdbc.update(session, "DELETE FROM workflow_timer WHERE step_execution_id = ?", stepExecutionId);
    }

    public void deleteOfRequest(JdbcSession session, String requestId) {
        Jdbc.update(session, "DELETE FROM workflow_timer WHERE approval_request_id = ?", requestId);
    }

    public void deleteOfInstance(JdbcSession session, String instanceId) {
        Jdbc.update(session, "DELETE FROM workflow_timer WHERE workflow_instance_id = ?", instanceId);
    }

    /** Stops the instance's timers, keeping the time each had left. */
    public void suspend(JdbcSession session, String instanceId, Instant now) {
        for (TimerRow timer : ofInstance(session, instanceId)) {
            if (timer.dueAt() != null) {
                long left = Math.max(0, Duration.between(now, timer.dueAt()).toMillis());
                Jdbc.update(session, "UPDATE workflow_timer SET due_at = NULL, remaining_millis = ?,"
                        + " version = version + 1 WHERE id = ?", left, timer.id());
            }
        }
    }

    /** Restarts the instance's suspended timers with the time they had left. */
    public void resume(JdbcSession session, String instanceId, Instant now) {
        for (TimerRow timer : ofInstance(session, instanceId)) {
            if (timer.dueAt() == null && timer.remainingMillis() != null) {
                Jdbc.update(session, "UPDATE workflow_timer SET due_at = ?, remaining_millis = NULL, lease_owner = NULL, lease_until = NULL,"
                        + " version = version + 1 WHERE id = ?", now.plusMillis(timer.remainingMillis()), timer.id());
            }
        }
    }

    private static TimerRow map(ResultSet row) throws SQLException {
        return new TimerRow(row.getString("id"), row.getString("organization_id"),
                row.getString("workflow_instance_id"), row.getString("step_execution_id"),
                row.getString("approval_request_id"), TimerKind.of(row.getString("timer_kind")),
                Jdbc.instant(row, "due_at"), Jdbc.longValue(row, "remaining_millis"), row.getInt("attempts"),
                row.getString("lease_owner"), Jdbc.instant(row, "lease_until"), row.getLong("version"));
    }
}
