package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;

/**
 * Runtime migration 8: appends are delivered in the order of their {@code seq} (readers wait at a
 * number still open, {@link OutboxGaps}) instead of being numbered again after commit, so {@code
 * delivery_seq} and the sequencer's counter go; the lock row's {@code appends} (V1) counts appends
 * again where its update serializes them (H2). Subscriber positions move from delivery numbers to {@code seq}: a position
 * becomes the first append it had not wholly delivered, keeping how many of that append's events
 * it had. An append delivered out of insert order (it committed before one numbered earlier) that
 * lies after that point is delivered again; delivery is at least once, and consumers recognise a
 * duplicate by its event id. In Java because it computes each position.
 */
final class OutboxInInsertOrder extends RuntimeJavaMigration {

    private static final String POSITIONS = "SELECT subscriber, last_seq FROM cs_outbox_position";
    private static final String FIRST_UNDELIVERED = "SELECT MIN(seq) FROM cs_outbox_append"
            + " WHERE delivery_seq IS NULL OR delivery_seq >= ?";
    private static final String PARTLY_DELIVERED = "SELECT seq FROM cs_outbox_append WHERE delivery_seq = ?";
    private static final String LAST = "SELECT MAX(seq) FROM cs_outbox_append";
    private static final String MOVE = "UPDATE cs_outbox_position SET last_seq = ? WHERE subscriber = ?";

    OutboxInInsertOrder() {
        super(8, "outbox in insert order");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Long> moved = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(POSITIONS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                moved.put(rows.getString(1), rows.getLong(2));
            }
        }
        for (Map.Entry<String, Long> position : moved.entrySet()) {
            position.setValue(inInsertOrder(connection, position.getValue()));
        }
        try (PreparedStatement update = connection.prepareStatement(MOVE)) {
            for (Map.Entry<String, Long> position : moved.entrySet()) {
                update.setLong(1, position.getValue());
                update.setString(2, position.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP INDEX cs_outbox_append_delivery_seq_uq");
            ddl.execute("ALTER TABLE cs_outbox_append DROP COLUMN delivery_seq");
            ddl.execute("CREATE UNIQUE INDEX cs_outbox_append_seq_uq ON cs_outbox_append (seq)");
            ddl.execute("ALTER TABLE cs_outbox_lock DROP COLUMN sequenced");
        }
    }

    /** A position in delivery numbers, as the same point (or an earlier one) in {@code seq}. */
    private static long inInsertOrder(Connection connection, long position) throws SQLException {
        long row = OutboxPosition.row(position);
        Long first = single(connection, FIRST_UNDELIVERED, row);
        if (first == null) {
            Long last = single(connection, LAST, null);
            return last == null ? 0 : OutboxPosition.of(last + 1, 0);
        }
        Long partly = single(connection, PARTLY_DELIVERED, row);
        return OutboxPosition.of(first, first.equals(partly) ? OutboxPosition.events(position) : 0);
    }

    private static Long single(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setLong(1, parameter);
            }
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                long value = result.getLong(1);
                return result.wasNull() ? null : value;
            }
        }
    }
}
