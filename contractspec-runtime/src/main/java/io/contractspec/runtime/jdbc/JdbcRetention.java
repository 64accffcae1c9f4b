package io.contractspec.runtime.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.retention.RetentionArchive;
import io.contractspec.runtime.retention.RetentionPolicy;
import io.contractspec.runtime.retention.RetentionRun;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;

/**
 * Applies a {@link RetentionPolicy} to the runtime's tables on H2 or PostgreSQL. Call
 * {@link #runOnce()} from a background worker on every node: the lease {@value #LEASE} lets one
 * node at a time do the work. Each batch is its own short transaction over rows no request writes
 * any more (delivered events, old keys and records), so request transactions never wait for it.
 *
 * <p>Events: only appends (a transaction's events, one row) wholly before the position of the
 * slowest subscriber go, and only when their last event is older than
 * the policy's period; undelivered events always stay. With no
 * subscriber registered, nothing counts as delivered and no event goes. A subscriber registered
 * later starts from the oldest event still kept.
 */
@PublicApi
public final class JdbcRetention {

    /** The lease name nodes share. */
    public static final String LEASE = "contractspec.retention";

    private static final String SLOWEST = "SELECT COUNT(*), MIN(last_seq) FROM cs_outbox_position";
    private static final String EVENTS = "SELECT * FROM cs_outbox_append WHERE seq < ? AND occurred_at < ?"
            + " ORDER BY seq FETCH FIRST ? ROWS ONLY";
    private static final String DELETE_EVENTS = "DELETE FROM cs_outbox_append"
            + " WHERE seq >= ? AND seq <= ? AND occurred_at < ?";
    private static final String DELETE_SUBJECTS = "DELETE FROM cs_outbox_subject WHERE append_id IN"
            + " (SELECT append_id FROM cs_outbox_append WHERE seq >= ? AND seq <= ? AND occurred_at < ?)";
    private static final String UNDELIVERED = "SELECT COALESCE(SUM(event_count), 0) FROM cs_outbox_append"
            + " WHERE seq >= ?";
    private static final String DELETE_KEYS = "DELETE FROM cs_idempotency"
            + " WHERE (principal, operation, idempotency_key) IN (SELECT principal, operation, idempotency_key"
            + " FROM cs_idempotency WHERE created_at < ? ORDER BY created_at FETCH FIRST ? ROWS ONLY)";
    private static final String AUDIT = "SELECT * FROM cs_audit WHERE occurred_at < ?"
            + " ORDER BY occurred_at, seq FETCH FIRST ? ROWS ONLY";

    private final DataSource dataSource;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final JdbcLeases leases;
    private final String node;
    private final Duration leaseDuration;
    private final AtomicReference<RetentionRun> lastRun = new AtomicReference<>(RetentionRun.skipped());

    /**
     * @param node this node's name in the lease table (unique per running node)
     * @param leaseDuration how long a node keeps the lease without renewing it (longer than a run)
     */
    public JdbcRetention(DataSource dataSource, RetentionPolicy policy, Clock clock, String node, Duration leaseDuration) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.leases = new JdbcLeases(dataSource, clock);
        this.node = Objects.requireNonNull(node, "node");
        this.leaseDuration = Objects.requireNonNull(leaseDuration, "leaseDuration");
    }

    /** One pass over every store, if this node gets the lease. */
    public RetentionRun runOnce() {
        if (!leases.tryAcquire(LEASE, node, leaseDuration)) {
            return RetentionRun.skipped();
        }
        Instant now = clock.instant();
        try {
            long events = policy.deliveredEvents().map(keep -> purgeEvents(now.minus(keep))).orElse(0L);
            long keys = policy.idempotencyKeys().map(keep -> purgeKeys(now.minus(keep))).orElse(0L);
            long audit = policy.audit().map(keep -> purgeAudit(now.minus(keep))).orElse(0L);
            try (Connection connection = dataSource.getConnection()) {
                RetentionRun run = new RetentionRun(true, events, keys, audit, lag(connection),
                        RetentionRows.estimate(connection, "cs_outbox_append"), RetentionRows.estimate(connection, "cs_audit"),
                        RetentionRows.estimate(connection, "cs_idempotency"));
                lastRun.set(run);
                return run;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Retention run failed", e);
        }
    }

    /**
     * Publishes what the last run of this node saw as OpenTelemetry gauges: {@code
     * contractspec.outbox.lag} (events the slowest subscriber has not consumed),
     * {@code contractspec.table.rows} per table (estimates) and {@code contractspec.retention.deleted}
     * per table (rows the last run removed). Reading them costs no query.
     */
    public void registerMetrics(OpenTelemetry openTelemetry) {
        Meter meter = openTelemetry.getMeter("io.contractspec.runtime");
        AttributeKey<String> table = AttributeKey.stringKey("contractspec.table");
        meter.gaugeBuilder("contractspec.outbox.lag").ofLongs().setUnit("{event}")
                .setDescription("Committed events the slowest subscriber has not consumed")
                .buildWithCallback(gauge -> gauge.record(lastRun.get().outboxLag()));
        meter.gaugeBuilder("contractspec.table.rows").ofLongs().setUnit("{row}")
                .setDescription("Estimated rows of the runtime's tables at the last retention run")
                .buildWithCallback(gauge -> {
                    RetentionRun run = lastRun.get();
                    gauge.record(run.outboxRows(), Attributes.of(table, "cs_outbox_append"));
                    gauge.record(run.auditRows(), Attributes.of(table, "cs_audit"));
                    gauge.record(run.idempotencyRows(), Attributes.of(table, "cs_idempotency"));
                });
        meter.gaugeBuilder("contractspec.retention.deleted").ofLongs().setUnit("{row}")
                .setDescription("Rows the last retention run removed")
                .buildWithCallback(gauge -> {
                    RetentionRun run = lastRun.get();
                    gauge.record(run.eventsDeleted(), Attributes.of(table, "cs_outbox_append"));
                    gauge.record(run.auditDeleted(), Attributes.of(table, "cs_audit"));
                    gauge.record(run.keysDeleted(), Attributes.of(table, "cs_idempotency"));
                });
    }

    /** What the last run of this node did (a skipped run until one held the lease). */
    public RetentionRun lastRun() {
        return lastRun.get();
    }

    /** Removes delivered appends; returns how many events they held (the batches count rows). */
    private long purgeEvents(Instant cutoff) {
        long[] events = {0};
        batches(connection -> {
            long slowest;
            try (PreparedStatement select = connection.prepareStatement(SLOWEST); ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getLong(1) == 0) {
                    return 0;
                }
                slowest = OutboxPosition.row(row.getLong(2));
            }
            List<ObjectNode> rows;
            try (PreparedStatement select = connection.prepareStatement(EVENTS)) {
                select.setLong(1, slowest);
                Sql.setInstant(select, 2, cutoff);
                select.setInt(3, policy.batchSize());
                try (ResultSet result = select.executeQuery()) {
                    rows = RetentionRows.read(result);
                }
            }
            if (rows.isEmpty()) {
                return 0;
            }
            archive("cs_outbox_append", rows);
            long first = rows.get(0).get("seq").asLong();
            long last = rows.get(rows.size() - 1).get("seq").asLong();
            try (PreparedStatement delete = connection.prepareStatement(DELETE_SUBJECTS)) {
                bindRange(delete, first, last, cutoff);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(DELETE_EVENTS)) {
                bindRange(delete, first, last, cutoff);
                int deleted = delete.executeUpdate();
                events[0] += rows.stream().mapToLong(row -> row.get("event_count").asLong()).sum();
                return deleted;
            }
        });
        return events[0];
    }

    private static void bindRange(PreparedStatement statement, long first, long last, Instant cutoff)
            throws SQLException {
        statement.setLong(1, first);
        statement.setLong(2, last);
        Sql.setInstant(statement, 3, cutoff);
    }

    private long purgeKeys(Instant cutoff) {
        return batches(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_KEYS)) {
                Sql.setInstant(delete, 1, cutoff);
                delete.setInt(2, policy.batchSize());
                return delete.executeUpdate();
            }
        });
    }

    private long purgeAudit(Instant cutoff) {
        return batches(connection -> {
            List<ObjectNode> rows;
            try (PreparedStatement select = connection.prepareStatement(AUDIT)) {
                Sql.setInstant(select, 1, cutoff);
                select.setInt(2, policy.batchSize());
                try (ResultSet result = select.executeQuery()) {
                    rows = RetentionRows.read(result);
                }
            }
            if (rows.isEmpty()) {
                return 0;
            }
            archive("cs_audit", rows);
            StringBuilder sql = new StringBuilder("DELETE FROM cs_audit WHERE seq IN (");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement delete = connection.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < rows.size(); i++) {
                    delete.setLong(i + 1, rows.get(i).get("seq").asLong());
                }
                return delete.executeUpdate();
            }
        });
    }

    /** Runs batches, each in its own transaction, until one deletes less than a full batch. */
    private long batches(Batch batch) {
        long deleted = 0;
        for (int run = 0; run < policy.maxBatchesPerRun(); run++) {
            int rows;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    rows = batch.run(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    Sql.rollback(connection, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw new JdbcStoreException("Retention batch failed", e);
            }
            deleted += rows;
            if (rows < policy.batchSize()) {
                break;
            }
        }
        return deleted;
    }

    private void archive(String table, List<ObjectNode> rows) {
        Optional<RetentionArchive> archive = policy.archive();
        if (archive.isEmpty()) {
            return;
        }
        try {
            archive.get().archive(table, rows);
        } catch (IOException e) {
            throw new JdbcStoreException("Could not archive " + rows.size() + " row(s) of " + table
                    + "; nothing of this batch was deleted", new SQLException(e));
        }
    }

    /** The committed events the slowest subscriber has not consumed (all of them with no subscriber). */
    private static long lag(Connection connection) throws SQLException {
        long slowest;
        try (PreparedStatement select = connection.prepareStatement(SLOWEST); ResultSet row = select.executeQuery()) {
            row.next();
            slowest = row.getLong(1) == 0 ? 0 : row.getLong(2);
        }
        try (PreparedStatement select = connection.prepareStatement(UNDELIVERED)) {
            select.setLong(1, OutboxPosition.row(slowest));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Math.max(0, row.getLong(1) - OutboxPosition.events(slowest));
            }
        }
    }

    @FunctionalInterface
    private interface Batch {
        int run(Connection connection) throws SQLException;
    }
}
