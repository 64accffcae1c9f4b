package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/** The session of a {@link JdbcUnitOfWork} transaction: writes wait in its {@link PendingWrites}. */
final class QueuedSession extends SessionStatements {

    private final Connection connection;
    private final PendingWrites writes;

    QueuedSession(Connection connection, PendingWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    @Override
    SqlValues values() {
        return writes.values();
    }

    @Override
    public void queue(QueuedWrite write) {
        writes.add(write);
    }

    @Override
    public void flush() throws SQLException {
        writes.flush();
    }

    @Override
    public Connection connection() throws SQLException {
        writes.flush();
        return connection;
    }

    @Override
    public Savepoint savepoint() throws SQLException {
        writes.flush();
        Savepoint savepoint = connection.setSavepoint();
        writes.savepointSet(savepoint);
        return savepoint;
    }

    @Override
    public void rollbackTo(Savepoint savepoint) throws SQLException {
        writes.dropQueued();
        connection.rollback(savepoint);
        writes.rolledBackTo(savepoint);
    }

    @Override
    public int queued() {
        return writes.size();
    }

    @Override
    public String toString() {
        return "JdbcSession[" + writes.size() + " queued write(s)]";
    }
}
