package io.contractspec.runtime.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The session of a transaction whose unit of work does not queue (the Spring starter's): every
 * write runs when it is queued, through a queue of one, so it has the same checks and translations.
 */
final class DirectSession extends SessionStatements {

    private final Connection connection;
    private PendingWrites one;

    DirectSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    SqlValues values() {
        return writes().values();
    }

    private PendingWrites writes() {
        if (one == null) {
            try {
                one = new PendingWrites(connection, SqlValues.isPostgres(connection));
            } catch (SQLException e) {
                throw new JdbcStoreException("could not tell which database the connection is", e);
            }
        }
        return one;
    }

    @Override
    public void queue(QueuedWrite write) throws SQLException {
        PendingWrites writes = writes();
        writes.add(write);
        writes.flush();
    }

    @Override
    public void flush() {
        // nothing waits
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Savepoint savepoint() throws SQLException {
        return connection.setSavepoint();
    }

    @Override
    public void rollbackTo(Savepoint savepoint) throws SQLException {
        connection.rollback(savepoint);
    }

    @Override
    public int queued() {
        return 0;
    }
}
