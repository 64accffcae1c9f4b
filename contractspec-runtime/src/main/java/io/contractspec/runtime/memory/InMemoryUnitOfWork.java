package io.contractspec.runtime.memory;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.Transaction;
import io.contractspec.runtime.spi.UnitOfWork;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit of work without a database: in-memory stores defer their writes to {@code afterCommit}
 * and undo reservations in {@code afterRollback}, so a failed call leaves nothing behind.
 */
@PublicApi
public final class InMemoryUnitOfWork implements UnitOfWork {

    private static final System.Logger LOG = System.getLogger(InMemoryUnitOfWork.class.getName());

    @Override
    public <T> T run(Work<T> work) throws Exception {
        MemoryTransaction transaction = new MemoryTransaction();
        T result;
        try {
            result = work.execute(transaction);
        } catch (Exception | Error e) {
            runAll(transaction.onRollback);
            throw e;
        }
        runAll(transaction.onCommit);
        return result;
    }

    private static void runAll(List<Runnable> actions) {
        if (actions == null) {
            return;
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "A transaction callback failed", e);
            }
        }
    }

    private static final class MemoryTransaction implements Transaction {
        private List<Runnable> onCommit;
        private List<Runnable> onRollback;

        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }

        @Override
        public void afterCommit(Runnable action) {
            if (onCommit == null) {
                onCommit = new ArrayList<>(2);
            }
            onCommit.add(action);
        }

        @Override
        public void afterRollback(Runnable action) {
            if (onRollback == null) {
                onRollback = new ArrayList<>(2);
            }
            onRollback.add(action);
        }
    }
}
