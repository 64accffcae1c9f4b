package io.contractspec.runtime.stores;

import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.UnitOfWork;

/** The runtime's stores and unit of work on one backend, as the store contracts exercise them. */
abstract class Backend implements AutoCloseable {

    static Backend memory() {
        return new MemoryBackend();
    }

    static JdbcBackend h2() {
        return new JdbcBackend(TestDatabase.h2());
    }

    static JdbcBackend postgres() {
        return new JdbcBackend(TestDatabase.postgres());
    }

    abstract UnitOfWork unitOfWork();

    abstract OutboxStore outbox();

    abstract AuditStore audit();

    abstract IdempotencyStore idempotency();

    /** Empties every store, so each test starts from nothing. */
    abstract void reset();

    @Override
    public void close() {}
}
