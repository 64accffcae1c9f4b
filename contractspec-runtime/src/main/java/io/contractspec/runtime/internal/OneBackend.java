package io.contractspec.runtime.internal;

import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.memory.InMemoryAuditStore;
import io.contractspec.runtime.memory.InMemoryIdempotencyStore;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one backend supply the unit of work and every store, so that everything a call writes
 * commits or rolls back together. The unit of work decides: without one (or with the in-memory
 * one) the in-memory stores are the defaults and a database store is refused (it would find no
 * connection in the transaction); with a database unit of work every store must be given and none
 * may be an in-memory one (it would keep its writes outside the transaction). Stores of other
 * kinds (the application's own) are trusted to fit the unit of work they were given with.
 */
public final class OneBackend {

    /** The unit of work and the stores of one backend. */
    public record Stores(UnitOfWork unitOfWork, OutboxStore outbox, AuditStore audit, IdempotencyStore idempotency) {}

    private OneBackend() {}

    /**
     * @throws IllegalStateException when the stores do not fit the unit of work, naming each misfit
     */
    public static Stores of(UnitOfWork unitOfWork, OutboxStore outbox, AuditStore audit, IdempotencyStore idempotency) {
        if (unitOfWork == null || unitOfWork instanceof InMemoryUnitOfWork) {
            return inMemory(unitOfWork, outbox, audit, idempotency);
        }
        List<String> problems = new ArrayList<>();
        requireDatabaseStore(problems, "outboxStore", outbox, outbox instanceof InMemoryOutboxStore);
        requireDatabaseStore(problems, "auditStore", audit, audit instanceof InMemoryAuditStore);
        requireDatabaseStore(problems, "idempotencyStore", idempotency, idempotency instanceof InMemoryIdempotencyStore);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The unit of work " + unitOfWork.getClass().getSimpleName()
                    + " runs calls in database transactions, so every store must write through them: "
                    + String.join("; ", problems) + ". ExecutorBuilder.jdbc(dataSource) sets all four.");
        }
        return new Stores(unitOfWork, outbox, audit, idempotency);
    }

    private static Stores inMemory(UnitOfWork unitOfWork, OutboxStore outbox, AuditStore audit,
            IdempotencyStore idempotency) {
        List<String> problems = new ArrayList<>();
        refuseDatabaseStore(problems, "outboxStore", outbox instanceof JdbcOutboxStore);
        refuseDatabaseStore(problems, "auditStore", audit instanceof JdbcAuditStore);
        refuseDatabaseStore(problems, "idempotencyStore", idempotency instanceof JdbcIdempotencyStore);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The unit of work is the in-memory one, which has no database"
                    + " transaction: " + String.join("; ", problems)
                    + ". Pass unitOfWork(new JdbcUnitOfWork(dataSource)), or ExecutorBuilder.jdbc(dataSource) for all four.");
        }
        return new Stores(
                unitOfWork != null ? unitOfWork : new InMemoryUnitOfWork(),
                outbox != null ? outbox : new InMemoryOutboxStore(),
                audit != null ? audit : new InMemoryAuditStore(),
                idempotency != null ? idempotency : new InMemoryIdempotencyStore());
    }

    private static void requireDatabaseStore(List<String> problems, String name, Object store, boolean inMemory) {
        if (store == null) {
            problems.add(name + " is missing");
        } else if (inMemory) {
            problems.add(name + " is " + store.getClass().getSimpleName() + ", which keeps its writes outside the transaction");
        }
    }

    private static void refuseDatabaseStore(List<String> problems, String name, boolean database) {
        if (database) {
            problems.add(name + " is a JDBC store, which needs the transaction's connection");
        }
    }
}
