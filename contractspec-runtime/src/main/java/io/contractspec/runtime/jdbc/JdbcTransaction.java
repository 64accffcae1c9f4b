package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@link JdbcUnitOfWork} run: its connection, its {@link JdbcSession} with the queued writes,
 * and the callbacks to run once it has ended.
 */
final class JdbcTransaction implements Transaction {

    private static final System.Logger LOG = System.getLogger(JdbcUnitOfWork.class.getName());

    private final PendingWrites writes;
    private final QueuedSession session;
    private final List<Runnable> onCommit = new ArrayList<>(2);
    private final List<Runnable> onRollback = new ArrayList<>(2);

    JdbcTransaction(Connection connection, boolean postgres) {
        this.writes = new PendingWrites(connection, postgres);
        this.session = new QueuedSession(connection, writes);
    }

    JdbcSession session() {
        return session;
    }

    /**
     * The connection, after sending the queued writes: code that reaches past the session sees
     * everything queued before it asked.
     */
    @Override
    public Optional<Connection> connection() {
        try {
            return Optional.of(session.connection());
        } catch (SQLException e) {
            throw new JdbcStoreException("the queued writes failed when the connection was asked for", e);
        }
    }

    /** Sends the queued writes and commits. */
    void commit() throws SQLException {
        writes.commit();
    }

    /** Drops the queued writes before the rollback. */
    void discard() {
        writes.discard();
    }

    @Override
    public void afterCommit(Runnable action) {
        onCommit.add(Objects.requireNonNull(action, "action"));
    }

    @Override
    public void afterRollback(Runnable action) {
        onRollback.add(Objects.requireNonNull(action, "action"));
    }

    void committed() {
        runAll(onCommit, "after commit");
    }

    void rolledBack() {
        runAll(onRollback, "after rollback");
    }

    // The transaction has ended either way; a failing callback must not change its outcome.
    private static void runAll(List<Runnable> actions, String when) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "A callback " + when + " failed", e);
            }
        }
    }
}
