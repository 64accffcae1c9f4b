package io.contractspec.runtime.stores;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * More concurrent keyed commands than pooled connections: every call must finish on the one
 * connection its unit of work holds. The first calls to get a connection are held in the handler
 * until the pool is exhausted, so a store that takes a second connection inside the transaction
 * starves every one of them (each waits for a connection the others hold) and the calls time out.
 */
abstract class IdempotencyUnderLoadContract extends StoreContract<JdbcBackend> {

    static final int POOL = 4;
    static final int CALLS = 20;
    static final int KEYS = 5;

    static final Model ORDER = Model.builder("Order").required("name", Scalar.STRING).build();
    static final OperationSpec PLACE = command("test.order.place", "1.0.0")
            .input(ORDER)
            .output(ORDER)
            .audit("test.order.placed")
            .build();
    static final CallContext ALICE = CallContext.of(Principal.of("alice", "acme"));

    HikariDataSource pool;
    OperationExecutor executor;
    final CountDownLatch poolExhausted = new CountDownLatch(POOL);

    @BeforeAll
    void buildExecutorOnASmallPool() {
        backend.database().execute("CREATE TABLE placed_order (name VARCHAR(100) NOT NULL)");
        pool = backend.database().smallPool(POOL);
        executor = OperationExecutor.builder(ContractRegistry.builder().register(PLACE).build())
                .unitOfWork(new JdbcUnitOfWork(pool))
                .outboxStore(new JdbcOutboxStore(pool))
                .auditStore(new JdbcAuditStore(pool))
                .idempotencyStore(new JdbcIdempotencyStore(pool))
                .handlers(bindings -> bindings.bind(PLACE, this::place))
                .build();
    }

    @AfterAll
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    /** Writes one row; the first {@value #POOL} calls wait here until all of them hold a connection. */
    JsonNode place(JsonNode input, HandlerContext context) throws Exception {
        poolExhausted.countDown();
        Concurrently.await(poolExhausted);
        try (PreparedStatement insert = context.transaction().connection().orElseThrow()
                .prepareStatement("INSERT INTO placed_order (name) VALUES (?)")) {
            insert.setString(1, input.get("name").asText());
            insert.executeUpdate();
        }
        return input;
    }

    @Test
    void keyedCommandsBeyondThePoolSizeAllFinishWithOneEffectPerKey() throws Exception {
        CyclicBarrier start = new CyclicBarrier(CALLS);
        ExecutorService threads = Concurrently.threads(CALLS);
        List<CallResult> results = new ArrayList<>();
        try {
            List<Future<CallResult>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String key = "order-" + (i % KEYS);
                calls.add(threads.submit(() -> {
                    start.await(Concurrently.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                    return executor.execute(PLACE.key(), json("name", key),
                            ALICE.toBuilder().idempotencyKey(key).build());
                }));
            }
            for (Future<CallResult> call : calls) {
                results.add(Concurrently.get(call));
            }
        } finally {
            Concurrently.stop(threads);
        }

        assertThat(results).allSatisfy(result -> assertThat(result.isSuccess()).as(result.toString()).isTrue());
        assertThat(results).filteredOn(result -> !((CallResult.Success) result).replayed()).hasSize(KEYS);
        for (int i = 0; i < CALLS; i++) {
            assertThat(((CallResult.Success) results.get(i)).output()).isEqualTo(json("name", "order-" + (i % KEYS)));
        }
        assertThat(rowsPerName()).hasSize(KEYS).allSatisfy((name, rows) -> assertThat(rows).as(name).isEqualTo(1L));
        assertThat(backend.audit().query(AuditQuery.builder().build())).hasSize(KEYS);
    }

    private Map<String, Long> rowsPerName() {
        Map<String, Long> rows = new java.util.HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            String name = "order-" + i;
            rows.put(name, backend.database().count("SELECT COUNT(*) FROM placed_order WHERE name = '" + name + "'"));
        }
        return rows.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
