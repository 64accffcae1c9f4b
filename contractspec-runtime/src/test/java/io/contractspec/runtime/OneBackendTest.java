package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.jdbc.DataSources;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.runtime.memory.InMemoryAuditStore;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One backend supplies the unit of work and every store; a misfit fails the build, naming it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneBackendTest {

    private final ContractRegistry registry = ContractRegistry.builder().register(START).build();
    // Never connected to: building an executor does not touch the database.
    private final HikariDataSource dataSource = DataSources.h2Memory("one_backend_test");

    @AfterAll
    void close() {
        dataSource.close();
    }

    @Test
    void withoutAUnitOfWorkEverythingRunsInMemory() {
        assertThat(OperationExecutor.builder(registry).outboxStore(new InMemoryOutboxStore(10)).build()).isNotNull();
    }

    @Test
    void theJdbcBackendSuppliesEveryStore() {
        assertThat(OperationExecutor.builder(registry).jdbc(dataSource).build()).isNotNull();
    }

    @Test
    void aDatabaseUnitOfWorkWithMissingStoresIsRefused() {
        assertThatThrownBy(() -> OperationExecutor.builder(registry)
                .unitOfWork(new JdbcUnitOfWork(dataSource))
                .outboxStore(new JdbcOutboxStore(dataSource))
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The unit of work JdbcUnitOfWork runs calls in database transactions, so every store must"
                        + " write through them: auditStore is missing; idempotencyStore is missing."
                        + " ExecutorBuilder.jdbc(dataSource) sets all four.");
    }

    @Test
    void aDatabaseUnitOfWorkWithAnInMemoryStoreIsRefused() {
        assertThatThrownBy(() -> OperationExecutor.builder(registry)
                .jdbc(dataSource)
                .auditStore(new InMemoryAuditStore())
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("auditStore is InMemoryAuditStore, which keeps its writes outside the transaction");
    }

    @Test
    void aDatabaseUnitOfWorkWithAnInMemoryOutboxIsRefused() {
        assertThatThrownBy(() -> OperationExecutor.builder(registry)
                .jdbc(dataSource)
                .outboxStore(new InMemoryOutboxStore())
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outboxStore is InMemoryOutboxStore, which keeps its writes outside the transaction");
    }

    @Test
    void aJdbcOutboxWithoutADatabaseUnitOfWorkIsRefused() {
        assertThatThrownBy(() -> OperationExecutor.builder(registry)
                .outboxStore(new JdbcOutboxStore(dataSource))
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The unit of work is the in-memory one, which has no database transaction:"
                        + " outboxStore is a JDBC store, which needs the transaction's connection."
                        + " Pass unitOfWork(new JdbcUnitOfWork(dataSource)), or ExecutorBuilder.jdbc(dataSource) for all four.");
    }

    @Test
    void aJdbcStoreWithoutADatabaseUnitOfWorkIsRefused() {
        assertThatThrownBy(() -> OperationExecutor.builder(registry)
                .auditStore(new JdbcAuditStore(dataSource))
                .idempotencyStore(new JdbcIdempotencyStore(dataSource))
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The unit of work is the in-memory one, which has no database transaction:"
                        + " auditStore is a JDBC store, which needs the transaction's connection;"
                        + " idempotencyStore is a JDBC store, which needs the transaction's connection."
                        + " Pass unitOfWork(new JdbcUnitOfWork(dataSource)), or ExecutorBuilder.jdbc(dataSource) for all four.");
    }
}
