package io.contractspec.runtime.stores;

import org.junit.jupiter.api.Nested;

/** The JDBC stores, unit of work, migrations and executor on an in-memory H2 2.x database per nested class. */
class H2StoresTest {

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        Backend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class OutboxBatch extends OutboxBatchContract {
        @Override
        Backend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class OutboxConcurrency extends OutboxConcurrencyContract {
        @Override
        Backend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class OutboxAppend extends JdbcOutboxAppendContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class OutboxOrder extends JdbcOutboxOrderContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class Audit extends AuditStoreContract {
        @Override
        Backend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class Idempotency extends JdbcIdempotencyStoreContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class UnitOfWork extends JdbcUnitOfWorkContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class Executor extends ExecutorAtomicityContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class IdempotencyUnderLoad extends IdempotencyUnderLoadContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class SessionQueue extends SessionQueueContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class SessionFailures extends SessionFailureContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class CaughtFlushFailure extends CaughtFlushFailureContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class SessionRollback extends SessionRollbackContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class DirectSession extends DirectSessionContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class Binding extends SqlValuesContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class LargeAppends extends LargeAppendContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class Migrations extends MigrationContract {
        @Override
        TestDatabase openDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class Retention extends RetentionContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class SubjectHistory extends SubjectHistoryContract {
        @Override
        Backend openBackend() {
            return Backend.h2();
        }
    }

    @Nested
    class OutboxGapsUnderLoad extends OutboxGapsUnderLoadContract {
        @Override
        JdbcBackend openBackend() {
            return Backend.h2();
        }
    }
}
