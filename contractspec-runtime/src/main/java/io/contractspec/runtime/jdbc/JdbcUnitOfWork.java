package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs each unit of work in a transaction of its own on one connection from the DataSource:
 * autocommit off, commit when the work returns, roll back when it throws anything (and then run
 * the {@code afterRollback} callbacks). What the work threw is rethrown unchanged, so the
 * executor's own exceptions and {@code KeyTakenException} pass through. The connection is always
 * returned; {@code afterCommit} and {@code afterRollback} callbacks run after that, so a callback
 * that relays events does not hold two connections at once. Callback failures are logged.
 *
 * <p>Not reentrant: calling {@link #run} inside a running unit of work takes a second connection
 * and an independent transaction, which commits or rolls back on its own and may wait forever on
 * rows the outer one has locked. Handlers write through the call's transaction instead.
 *
 * <p>Handlers write through the call's {@link JdbcSession} ({@code JdbcSession.of(transaction)}),
 * which queues writes until its next flush point; the runtime's outbox and audit stores queue
 * theirs there too, so on PostgreSQL a call's writes, events and audit record reach the database
 * together. {@code Transaction.connection()} sends the queue before it hands out the connection;
 * never commit, roll back or close it.
 */
@PublicApi
public final class JdbcUnitOfWork implements UnitOfWork {

    private static final System.Logger LOG = System.getLogger(JdbcUnitOfWork.class.getName());

    private final DataSource dataSource;
    /** Whether the DataSource is PostgreSQL; learnt from the first connection. */
    private volatile Boolean postgres;

    public JdbcUnitOfWork(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T run(Work<T> work) throws Exception {
        Objects.requireNonNull(work, "work");
        Connection connection = dataSource.getConnection();
        JdbcTransaction transaction;
        try {
            transaction = new JdbcTransaction(connection, isPostgres(connection));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        boolean autoCommit = true;
        T result;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            result = work.execute(transaction);
            transaction.commit();
        } catch (Throwable failure) {
            transaction.discard();
            Sql.rollback(connection, failure);
            release(connection, autoCommit);
            transaction.rolledBack();
            throw failure;
        }
        release(connection, autoCommit);
        transaction.committed();
        return result;
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = SqlValues.isPostgres(connection);
            postgres = known;
        }
        return known;
    }

    // The outcome is settled; failing to hand the connection back must not change it.
    private static void release(Connection connection, boolean autoCommit) {
        try (connection) {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not release a connection cleanly", e);
        }
    }
}
