package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.internal.HistoryReads;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The audit trail in {@code cs_audit}: records are inserted in the call's transaction and queried
 * oldest first; records of the same instant keep the order they were written in. Times are kept
 * to the microsecond.
 */
@PublicApi
public final class JdbcAuditStore implements AuditStore {

    private static final MultiRowInsert INSERT = new MultiRowInsert("INSERT INTO cs_audit (record_id, action,"
            + " operation, actor, on_behalf_of, organization_id, trace_id, occurred_at, input_json, result_code, subject)"
            + " VALUES", 11);

    private static final String SELECT = "SELECT seq, record_id, action, operation, actor, on_behalf_of, organization_id,"
            + " trace_id, occurred_at, input_json, result_code, subject FROM cs_audit";

    private static final String ABOUT = SELECT + " WHERE subject = ? AND seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY";

    private final DataSource dataSource;

    public JdbcAuditStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void append(Transaction transaction, List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        JdbcSession session = Sql.sessionOf(transaction, "JdbcAuditStore");
        Object[] values = new Object[records.size() * INSERT.columns()];
        int i = 0;
        for (AuditRecord record : records) {
            values[i++] = record.id();
            values[i++] = record.action();
            values[i++] = record.operation();
            values[i++] = record.actor();
            values[i++] = record.onBehalfOf();
            values[i++] = record.organizationId();
            values[i++] = record.traceId();
            values[i++] = record.occurredAt();
            values[i++] = Sql.writeJson(record.input());
            values[i++] = record.resultCode();
            values[i++] = record.subject();
        }
        try {
            INSERT.run(session, records.size(), values);
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not append " + records.size() + " audit record(s)", e);
        }
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        Filters filters = new Filters();
        filters.add("actor = ?", query.actor());
        filters.add("organization_id = ?", query.organizationId());
        filters.add("action = ?", query.action());
        filters.add("trace_id = ?", query.traceId());
        filters.add("occurred_at >= ?", query.from());
        filters.add("occurred_at < ?", query.to());
        String sql = SELECT + filters.where() + " ORDER BY occurred_at, seq FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = filters.bind(select);
            select.setInt(index, query.limit());
            try (ResultSet rows = select.executeQuery()) {
                List<AuditRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(read(rows));
                }
                return records;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not query the audit trail", e);
        }
    }

    @Override
    public List<Stored<AuditRecord>> recordsAbout(String subject, long after, int limit) {
        HistoryReads.check(subject, after, limit);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(ABOUT)) {
            select.setString(1, subject);
            select.setLong(2, after);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Stored<AuditRecord>> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(new Stored<>(rows.getLong("seq"), read(rows)));
                }
                return records;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("Could not read the audit records about '" + subject + "'", e);
        }
    }

    private static AuditRecord read(ResultSet row) throws SQLException {
        return new AuditRecord(
                row.getString("record_id"),
                row.getString("action"),
                row.getString("operation"),
                row.getString("actor"),
                row.getString("on_behalf_of"),
                row.getString("organization_id"),
                row.getString("trace_id"),
                Sql.getInstant(row, "occurred_at"),
                Sql.readJson(row, "input_json"),
                row.getString("result_code"),
                row.getString("subject"));
    }

    /** The WHERE clause of the filters that are set, and their values in order. */
    private static final class Filters {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Optional<?> value) {
            value.ifPresent(present -> {
                conditions.add(condition);
                values.add(present);
            });
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Binds the values and returns the next free parameter index. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : values) {
                if (value instanceof Instant instant) {
                    Sql.setInstant(statement, index++, instant);
                } else {
                    statement.setString(index++, (String) value);
                }
            }
            return index;
        }
    }
}
