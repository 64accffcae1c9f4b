package io.contractspec.runtime.stores;

import io.contractspec.runtime.memory.InMemoryAuditStore;
import io.contractspec.runtime.memory.InMemoryIdempotencyStore;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.UnitOfWork;

/** The in-memory defaults; reset replaces them with new, empty ones. */
final class MemoryBackend extends Backend {

    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private OutboxStore outbox;
    private AuditStore audit;
    private IdempotencyStore idempotency;

    MemoryBackend() {
        reset();
    }

    @Override
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    OutboxStore outbox() {
        return outbox;
    }

    @Override
    AuditStore audit() {
        return audit;
    }

    @Override
    IdempotencyStore idempotency() {
        return idempotency;
    }

    @Override
    void reset() {
        outbox = new InMemoryOutboxStore();
        audit = new InMemoryAuditStore();
        idempotency = new InMemoryIdempotencyStore();
    }

    @Override
    public String toString() {
        return "in-memory";
    }
}
