package io.contractspec.runtime.jdbc;

import io.contractspec.runtime.spi.Transaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@link JdbcUnitOfWork} run: its connection (handed out with the {@link WriteQueue} in front
 * of it), the queued writes, and the callbacks to run once it has ended.
 */
final class JdbcTransaction implements Transaction {

    private static final System.Logger LOG = System.getLogger(JdbcUnitOfWork.class.getName());

    private final PendingWrites writes;
    private final Optional<Connection> handedOut;
    private final List<Runnable> onCommit = new ArrayList<>(2);
    private final List<Runnable> onRollback = new ArrayList<>(2);

    JdbcTransaction(Connection connection, boolean postgres) {
        this.writes = new PendingWrites(connection, postgres);
        this.handedOut = Optional.of(TransactionConnection.wrap(connection, writes));
    }

    @Override
    public Optional<Connection> connection() {
        return handedOut;
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
