package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives committed outbox appends their delivery order ({@code delivery_seq}). One sequencer runs
 * at a time on the whole database: it holds the row of {@code cs_outbox_lock}, reads the committed
 * appends that have no number yet in insert order, numbers them and commits. An append is one
 * transaction's events in one row, so numbering writes one row per transaction, whatever the
 * number of its events. A transaction that changed a record after another one committed inserted
 * its events later, so it is numbered later too.
 */
final class OutboxSequencer {

    static final int PAGE = 1_000;

    private static final String ANY_PENDING = "SELECT seq FROM cs_outbox_append WHERE delivery_seq IS NULL"
            + " FETCH FIRST 1 ROWS ONLY";
    private static final String LOCK = "SELECT sequenced FROM cs_outbox_lock WHERE id = 1 FOR UPDATE";
    private static final String PENDING = "SELECT append_id FROM cs_outbox_append WHERE delivery_seq IS NULL"
            + " ORDER BY seq FETCH FIRST ? ROWS ONLY";
    private static final String NUMBER = "UPDATE cs_outbox_append SET delivery_seq = ? WHERE append_id = ?";
    private static final String ADVANCE = "UPDATE cs_outbox_lock SET sequenced = ? WHERE id = 1";

    private OutboxSequencer() {}

    /** Numbers every committed, unnumbered append, in transactions of its own on the given connection (auto-commit off). */
    static void sequencePending(Connection connection) throws SQLException {
        if (!anyPending(connection)) {
            connection.rollback();
            return;
        }
        int read;
        do {
            read = sequencePage(connection);
            if (read == 0) {
                connection.rollback(); // another sequencer numbered them while this one waited for the lock
            } else {
                connection.commit();
            }
        } while (read == PAGE);
    }

    private static boolean anyPending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ANY_PENDING); ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /** Numbers one page of appends; returns how many were read. */
    private static int sequencePage(Connection connection) throws SQLException {
        long last = lock(connection);
        List<String> appends = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, PAGE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    appends.add(rows.getString(1));
                }
            }
        }
        if (appends.isEmpty()) {
            return 0;
        }
        try (PreparedStatement number = connection.prepareStatement(NUMBER)) {
            for (String append : appends) {
                number.setLong(1, ++last);
                number.setString(2, append);
                number.addBatch();
            }
            number.executeBatch();
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, last);
            advance.executeUpdate();
        }
        return appends.size();
    }

    private static long lock(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("cs_outbox_lock has no row; run RuntimeSchema.migrate first");
            }
            return row.getLong(1);
        }
    }
}
