package io.contractspec.runtime.stores;

import org.junit.jupiter.api.Nested;

/** The in-memory defaults against the same contracts as the databases. */
class InMemoryStoresTest {

    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class OutboxBatch extends OutboxBatchContract {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class OutboxConcurrency extends OutboxConcurrencyContract {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class Audit extends AuditStoreContract {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract<Backend> {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class UnitOfWork extends UnitOfWorkContract<Backend> {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }

    @Nested
    class SubjectHistory extends SubjectHistoryContract {
        @Override
        Backend openBackend() {
            return Backend.memory();
        }
    }
}
