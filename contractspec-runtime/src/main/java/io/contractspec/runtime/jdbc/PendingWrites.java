package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link WriteQueue} of one transaction. On PostgreSQL a flush joins the queued statements
 * into one multi-statement prepared statement, which pgjdbc sends as one request (each statement
 * still parsed, bound and prepared on its own) and answers with one row count per statement.
 */
final class PendingWrites implements WriteQueue {

    private final Connection connection;
    private final boolean postgres;
    private final List<QueuedWrite> writes = new ArrayList<>();

    PendingWrites(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    SqlValues values() {
        return SqlValues.forPostgres(postgres);
    }

    @Override
    public void add(QueuedWrite write) {
        writes.add(Objects.requireNonNull(write, "write"));
    }

    @Override
    public int size() {
        return writes.size();
    }

    @Override
    public void flush() throws SQLException {
        send();
    }

    /** Sends what is queued and commits. */
    void commit() throws SQLException {
        send();
        connection.commit();
    }

    /** Forgets the queued writes; the transaction rolls back. */
    void discard() {
        writes.clear();
    }

    private void send() throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        // Taken off the queue before sending: a failed flush dooms the transaction, and must not run twice.
        List<QueuedWrite> batch = new ArrayList<>(writes);
        writes.clear();
        try {
            if (postgres) {
                sendTogether(batch);
            } else {
                for (QueuedWrite write : batch) {
                    sendAlone(write);
                }
            }
        } catch (SQLException failure) {
            for (QueuedWrite write : batch) {
                RuntimeException translated = write.translate(failure);
                if (translated != null) {
                    translated.addSuppressed(failure);
                    throw translated;
                }
            }
            throw failure;
        }
    }

    private void sendAlone(QueuedWrite write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(write.sql())) {
            values().bind(statement, 1, write.values());
            write.checkRowCount(statement.executeUpdate());
        }
    }

    private void sendTogether(List<QueuedWrite> batch) throws SQLException {
        StringBuilder sql = new StringBuilder(batch.size() * 200);
        for (QueuedWrite write : batch) {
            sql.append(write.sql()).append(";\n");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (QueuedWrite write : batch) {
                index = values().bind(statement, index, write.values());
            }
            statement.execute();
            for (QueuedWrite write : batch) {
                write.checkRowCount(statement.getUpdateCount());
                statement.getMoreResults();
            }
        }
    }
}
