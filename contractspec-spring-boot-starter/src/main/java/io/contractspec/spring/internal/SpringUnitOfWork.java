package io.contractspec.spring.internal;

import io.contractspec.runtime.spi.Transaction;
import io.contractspec.runtime.spi.UnitOfWork;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each call in a transaction of the application's {@link PlatformTransactionManager}, on the
 * connection Spring binds to it: a handler that writes with {@code JdbcTemplate}, {@code JdbcClient}
 * or a {@code @Transactional} repository writes in the same transaction as the call's outbox events,
 * audit records and idempotency entry, and everything commits or rolls back together. A call made
 * inside a running transaction joins it (propagation REQUIRED).
 */
public final class SpringUnitOfWork implements UnitOfWork {

    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    public SpringUnitOfWork(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactionManager, "transactionManager"));
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T run(Work<T> work) throws Exception {
        try {
            return transactions.execute(status -> {
                try {
                    return work.execute(new BoundTransaction(DataSourceUtils.getConnection(dataSource)));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception checked) {
                    throw new CheckedFailure(checked);
                }
            });
        } catch (CheckedFailure failure) {
            throw failure.checked;
        }
    }

    /** Carries a checked exception of the work through the template, which rolls back on it. */
    private static final class CheckedFailure extends RuntimeException {
        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked.getMessage(), checked, false, false);
            this.checked = checked;
        }
    }

    /** The connection of the running Spring transaction; callbacks ride on its synchronization. */
    private record BoundTransaction(Connection bound) implements Transaction {

        @Override
        public Optional<Connection> connection() {
            return Optional.of(bound);
        }

        @Override
        public void afterCommit(Runnable action) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }

        @Override
        public void afterRollback(Runnable action) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }
}
