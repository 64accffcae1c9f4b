package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The {@code cs_outbox_position} rows. Delivering to a subscriber starts by locking its row with
 * {@code FOR UPDATE SKIP LOCKED} (H2 2.2+ and PostgreSQL both support it): whoever gets the lock
 * delivers, everybody else sees no row and has nothing to do, instead of queueing behind it.
 */
final class SubscriberPositions {

    private static final String LOCK = "SELECT last_seq FROM cs_outbox_position WHERE subscriber = ?"
            + " FOR UPDATE SKIP LOCKED";
    private static final String EXISTS = "SELECT 1 FROM cs_outbox_position WHERE subscriber = ?";
    private static final String CREATE = "INSERT INTO cs_outbox_position (subscriber, last_seq, updated_at)"
            + " VALUES (?, 0, CURRENT_TIMESTAMP)";
    private static final String ADVANCE = "UPDATE cs_outbox_position SET last_seq = ?, updated_at = CURRENT_TIMESTAMP"
            + " WHERE subscriber = ?";

    private SubscriberPositions() {}

    /**
     * Locks the subscriber's row for the current transaction and returns its position; empty
     * when another transaction holds it. A subscriber's first delivery creates its row at 0.
     */
    static OptionalLong lock(Connection connection, String subscriber) throws SQLException {
        OptionalLong position = tryLock(connection, subscriber);
        if (position.isPresent() || exists(connection, subscriber)) {
            return position;
        }
        connection.rollback();
        create(connection, subscriber);
        return tryLock(connection, subscriber);
    }

    static void advance(Connection connection, String subscriber, long seq) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setLong(1, seq);
            update.setString(2, subscriber);
            update.executeUpdate();
        }
    }

    private static OptionalLong tryLock(Connection connection, String subscriber) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK)) {
            select.setString(1, subscriber);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String subscriber) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(EXISTS)) {
            select.setString(1, subscriber);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Creates the row in a transaction of its own, committed at once, so that a concurrent creator
     * waits only for this short insert; if it wins, the unique violation just means the row exists.
     */
    private static void create(Connection connection, String subscriber) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            insert.setString(1, subscriber);
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
        }
    }
}
