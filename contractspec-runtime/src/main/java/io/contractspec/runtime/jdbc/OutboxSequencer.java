package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives committed outbox rows their delivery order ({@code delivery_seq}). One sequencer runs at a
 * time on the whole database: it holds the row of {@code cs_outbox_lock}, reads the committed rows
 * that have no number yet in insert order, numbers them append by append (so one transaction's
 * events stay together and in order) and commits. A transaction that changed a record after
 * another one committed inserted its events later, so it is numbered later too.
 */
final class OutboxSequencer {

    static final int PAGE = 1_000;

    private static final String ANY_PENDING = "SELECT seq FROM cs_outbox WHERE delivery_seq IS NULL"
            + " FETCH FIRST 1 ROWS ONLY";
    private static final String LOCK = "SELECT sequenced FROM cs_outbox_lock WHERE id = 1 FOR UPDATE";
    private static final String PENDING = "SELECT seq, append_id FROM cs_outbox WHERE delivery_seq IS NULL"
            + " ORDER BY seq FETCH FIRST ? ROWS ONLY";
    private static final String NUMBER = "UPDATE cs_outbox SET delivery_seq = ? WHERE seq = ?";
    private static final String ADVANCE = "UPDATE cs_outbox_lock SET sequenced = ? WHERE id = 1";

    private OutboxSequencer() {}

    /** Numbers every committed, unnumbered row, in transactions of its own on the given connection (auto-commit off). */
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

    /** Numbers one page; returns how many rows were read (whole appends are numbered, a cut-off last one waits). */
    private static int sequencePage(Connection connection) throws SQLException {
        long last = lock(connection);
        Map<String, List<Long>> appends = new LinkedHashMap<>();
        int read = 0;
        try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, PAGE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String append = rows.getString(2);
                    appends.computeIfAbsent(append == null ? "seq:" + rows.getLong(1) : append, key -> new ArrayList<>())
                            .add(rows.getLong(1));
                    read++;
                }
            }
        }
        if (read == 0) {
            return 0;
        }
        if (read == PAGE && appends.size() > 1) {
            appends.remove(new ArrayList<>(appends.keySet()).get(appends.size() - 1)); // may continue past the page
        }
        try (PreparedStatement number = connection.prepareStatement(NUMBER)) {
            for (List<Long> rows : appends.values()) {
                for (long seq : rows) {
                    number.setLong(1, ++last);
                    number.setLong(2, seq);
                    number.addBatch();
                }
            }
            number.executeBatch();
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setLong(1, last);
            advance.executeUpdate();
        }
        return read;
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
