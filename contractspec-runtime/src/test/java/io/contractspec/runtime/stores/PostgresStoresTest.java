package io.contractspec.runtime.stores;

import org.junit.jupiter.api.Nested;

/** The JDBC stores, unit of work, migrations and executor on the real PostgreSQL, in a fresh schema per nested class. */
class PostgresStoresTest {

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        Backend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxBatch extends OutboxBatchContract {
        @Override
        Backend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxConcurrency extends OutboxConcurrencyContract {
        @Override
        Backend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxAppend extends JdbcOutboxAppendContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxOrder extends JdbcOutboxOrderContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class Audit extends AuditStoreContract {
        @Override
        Backend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class Idempotency extends JdbcIdempotencyStoreContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class UnitOfWork extends JdbcUnitOfWorkContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class Executor extends ExecutorAtomicityContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class IdempotencyUnderLoad extends IdempotencyUnderLoadContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class SessionQueue extends SessionQueueContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class SessionFailures extends SessionFailureContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class CaughtFlushFailure extends CaughtFlushFailureContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class SessionRollback extends SessionRollbackContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class DirectSession extends DirectSessionContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class Binding extends SqlValuesContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class LargeAppends extends LargeAppendContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class StatementReuse extends PostgresStatementReuseContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class Migrations extends MigrationContract {
        @Override
        TestDatabase openDatabase() {
            return TestDatabase.postgres();
        }
    }

    @Nested
    class Retention extends RetentionContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class SubjectHistory extends SubjectHistoryContract {
        @Override
        Backend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxWaits extends OutboxWaitsContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }

    @Nested
    class OutboxGapsUnderLoad extends OutboxGapsUnderLoadContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.postgres();
        }
    }
}
