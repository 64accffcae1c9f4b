package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The queued writes of one transaction (see {@link JdbcSession}). On PostgreSQL a flush joins the
 * queued statements into one multi-statement prepared statement, which pgjdbc sends as one request
 * (each statement still parsed, bound and prepared on its own) and answers with one row count per
 * statement.
 */
final class PendingWrites {

    /** The most parameters pgjdbc sends in one statement. */
    static final int MAX_PARAMETERS = 65_535;

    private final Connection connection;
    private final boolean postgres;
    private final List<QueuedWrite> writes = new ArrayList<>();
    /**
     * What a flush threw. A work may catch it and go on, but the writes of that flush have partly
     * run (on H2 those after the failing one never do), so the transaction must not commit.
     */
    private Exception failed;
    /** Savepoints set while no flush had failed: rolling back to one undoes any failure since. */
    private final Set<Savepoint> beforeFailure = Collections.newSetFromMap(new IdentityHashMap<>());

    PendingWrites(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    SqlValues values() {
        return SqlValues.forPostgres(postgres);
    }

    void add(QueuedWrite write) {
        writes.add(Objects.requireNonNull(write, "write"));
    }

    int size() {
        return writes.size();
    }

    /** Sends what is queued; throws what the failed write's check or translation gives, else a {@link QueuedWriteException}. */
    void flush() throws SQLException {
        send();
    }

    /** Sends what is queued and commits, unless a flush of the transaction has failed. */
    void commit() throws SQLException {
        if (failed != null) {
            throw new IllegalStateException("The transaction cannot commit: a flush of its queued writes failed", failed);
        }
        send();
        connection.commit();
    }

    /** Forgets the queued writes and any failure of theirs; the transaction rolls back. */
    void discard() {
        writes.clear();
        failed = null;
        beforeFailure.clear();
    }

    /** Forgets the queued writes, keeping any failure of an earlier flush (a rollback to a savepoint follows). */
    void dropQueued() {
        writes.clear();
    }

    void savepointSet(Savepoint savepoint) {
        if (failed == null) {
            beforeFailure.add(savepoint);
        }
    }

    void rolledBackTo(Savepoint savepoint) {
        if (beforeFailure.contains(savepoint)) {
            failed = null;
        }
    }

    private void send() throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        // Taken off the queue before sending: a failed flush dooms the transaction, and must not run twice.
        List<QueuedWrite> batch = new ArrayList<>(writes);
        writes.clear();
        int failedAt = -1; // the write H2 was sending; PostgreSQL sends them all at once
        try {
            if (postgres) {
                sendTogether(batch);
            } else {
                for (int i = 0; i < batch.size(); i++) {
                    failedAt = i;
                    sendAlone(batch.get(i));
                }
            }
        } catch (SQLException failure) {
            List<QueuedWrite> culprits = postgres ? FailedWrites.ofTable(batch, failure) : List.of(batch.get(failedAt));
            // Without the driver's message, which quotes values, wherever this failure is logged.
            QueuedWriteException named = new QueuedWriteException(culprits, failure);
            failed = named;
            for (QueuedWrite write : culprits) {
                RuntimeException translated = write.translate(failure);
                if (translated != null) {
                    translated.addSuppressed(named);
                    throw translated;
                }
            }
            throw named;
        } catch (RuntimeException failure) {
            failed = failure; // a row-count check, or a value SqlValues cannot bind
            throw failure;
        }
    }

    private void sendAlone(QueuedWrite write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(write.sql())) {
            values().bind(statement, 1, write.values());
            write.checkRowCount(statement.executeUpdate());
        }
    }

    /**
     * Sends the writes in as few requests as pgjdbc allows: it refuses a statement of more than
     * {@value #MAX_PARAMETERS} parameters, and counts those of a joined statement together.
     */
    private void sendTogether(List<QueuedWrite> batch) throws SQLException {
        // Taken once, in queue order, before the writes are grouped by how many values they bind.
        List<Object[]> bound = new ArrayList<>(batch.size());
        for (QueuedWrite write : batch) {
            bound.add(write.values());
        }
        int first = 0;
        while (first < batch.size()) {
            int end = first + 1;
            int parameters = bound.get(first).length;
            while (end < batch.size() && parameters + bound.get(end).length <= MAX_PARAMETERS) {
                parameters += bound.get(end++).length;
            }
            sendJoined(batch.subList(first, end), bound.subList(first, end));
            first = end;
        }
    }

    private void sendJoined(List<QueuedWrite> batch, List<Object[]> bound) throws SQLException {
        StringBuilder sql = new StringBuilder(batch.size() * 200);
        for (QueuedWrite write : batch) {
            sql.append(write.sql()).append(";\n");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] written : bound) {
                index = values().bind(statement, index, written);
            }
            statement.execute();
            for (QueuedWrite write : batch) {
                write.checkRowCount(statement.getUpdateCount());
                statement.getMoreResults();
            }
        }
    }
}
