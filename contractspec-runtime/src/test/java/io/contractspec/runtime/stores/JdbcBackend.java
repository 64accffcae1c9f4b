package io.contractspec.runtime.stores;

import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.runtime.jdbc.RuntimeSchema;

/** The JDBC stores on a migrated test database; reset deletes every row but the append lock's. */
final class JdbcBackend extends Backend {

    private final TestDatabase database;
    private final JdbcUnitOfWork unitOfWork;
    private final JdbcOutboxStore outbox;
    private final JdbcAuditStore audit;
    private final JdbcIdempotencyStore idempotency;

    JdbcBackend(TestDatabase database) {
        this.database = database;
        RuntimeSchema.migrate(database.dataSource());
        this.unitOfWork = new JdbcUnitOfWork(database.dataSource());
        this.outbox = new JdbcOutboxStore(database.dataSource());
        this.audit = new JdbcAuditStore(database.dataSource());
        this.idempotency = new JdbcIdempotencyStore(database.dataSource());
    }

    TestDatabase database() {
        return database;
    }

    @Override
    JdbcUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    JdbcOutboxStore outbox() {
        return outbox;
    }

    @Override
    JdbcAuditStore audit() {
        return audit;
    }

    @Override
    JdbcIdempotencyStore idempotency() {
        return idempotency;
    }

    @Override
    void reset() {
        for (String table : new String[] {"cs_outbox_position", "cs_outbox_subject", "cs_outbox_append", "cs_audit", "cs_idempotency", "cs_lease"}) {
            database.execute("DELETE FROM " + table);
        }
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return database.toString();
    }
}
