package io.contractspec.runtime.stores;

import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The executor on the JDBC stores: the handler's own rows, the call's events, its audit record and
 * its idempotency entry commit together or not at all.
 */
abstract class ExecutorAtomicityContract extends StoreContract<JdbcBackend> {

    static final Model WIDGET = Model.builder("Widget").required("name", Scalar.STRING).build();
    static final EventSpec CREATED = event("test.widget.created", "1.0.0").payload(WIDGET).build();
    static final OperationSpec CREATE = command("test.widget.create", "1.0.0")
            .input(WIDGET)
            .output(WIDGET)
            .emits(CREATED, "a widget was stored")
            .audit("test.widget.created")
            .build();
    static final ContractRegistry REGISTRY = ContractRegistry.builder().register(CREATE, CREATED).build();
    static final CallContext ALICE = CallContext.of(Principal.of("alice", "acme"));

    final List<EventEnvelope> received = Collections.synchronizedList(new ArrayList<>());
    final List<Long> widgetsSeenByTheSubscriber = Collections.synchronizedList(new ArrayList<>());
    final CyclicBarrier bothCallsInside = new CyclicBarrier(2);
    OperationExecutor executor;

    @BeforeAll
    void createWidgetTable() {
        // No key on purpose: two racing calls may both insert, and only one may commit.
        backend.database().execute("CREATE TABLE widget (name VARCHAR(100) NOT NULL)");
    }

    @BeforeEach
    void buildExecutor() {
        backend.database().execute("DELETE FROM widget");
        received.clear();
        widgetsSeenByTheSubscriber.clear();
        executor = OperationExecutor.builder(REGISTRY)
                .unitOfWork(backend.unitOfWork())
                .outboxStore(backend.outbox())
                .auditStore(backend.audit())
                .idempotencyStore(backend.idempotency())
                .handlers(bindings -> bindings.bind(CREATE, this::createWidget))
                .subscribe("recorder", delivered -> {
                    widgetsSeenByTheSubscriber.add(widgets());
                    received.add(delivered);
                })
                .build();
    }

    /** Writes a row and emits an event; a name starting with "fail" then throws, "race" first waits for a twin. */
    JsonNode createWidget(JsonNode input, HandlerContext context) throws Exception {
        String name = input.get("name").asText();
        if (name.startsWith("race")) {
            bothCallsInside.await(Concurrently.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }
        Connection connection = context.transaction().connection().orElseThrow();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO widget (name) VALUES (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
        context.emit(CREATED, input);
        if (name.startsWith("fail")) {
            throw new IllegalStateException("handler failed after writing and emitting");
        }
        return input;
    }

    long widgets() {
        return backend.database().count("SELECT COUNT(*) FROM widget");
    }

    List<AuditRecord> audit() {
        return backend.audit().query(AuditQuery.builder().build());
    }

    @Test
    void aFailedCallLeavesNoRowNoEventAndNoAuditRecord() {
        CallResult result = executor.execute("test.widget.create", json("name", "failing"), ALICE);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.status()).isEqualTo(500);
        assertThat(widgets()).isZero();
        assertThat(received).isEmpty();
        assertThat(backend.outbox().deliver("late-subscriber", 100, event -> {})).isZero();
        assertThat(audit()).isEmpty();
    }

    @Test
    void aSuccessfulCallCommitsRowEventAndAuditRecordAndDeliversAfterCommit() {
        CallResult result = executor.execute("test.widget.create", json("name", "gear"), ALICE);

        assertThat(result.isSuccess()).isTrue();
        assertThat(widgets()).isEqualTo(1);
        executor.eventBus().relay();
        assertThat(received).singleElement().satisfies(delivered -> {
            assertThat(delivered.key()).isEqualTo("test.widget.created");
            assertThat(delivered.payload()).isEqualTo(json("name", "gear"));
            assertThat(delivered.actor()).isEqualTo("alice");
            assertThat(delivered.traceId()).isEqualTo(result.traceId());
        });
        assertThat(widgetsSeenByTheSubscriber).containsExactly(1L);
        assertThat(audit()).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("test.widget.created");
            assertThat(record.actor()).isEqualTo("alice");
            assertThat(record.traceId()).isEqualTo(result.traceId());
        });
    }

    @Test
    void racingCallsWithOneIdempotencyKeyCommitOnceAndTheLoserReplays() throws Exception {
        CallContext keyed = ALICE.toBuilder().idempotencyKey("order-42").build();
        ExecutorService threads = Concurrently.threads(2);
        List<CallResult> results = new ArrayList<>();
        try {
            List<Future<CallResult>> calls = List.of(
                    threads.submit(() -> executor.execute("test.widget.create", json("name", "race"), keyed)),
                    threads.submit(() -> executor.execute("test.widget.create", json("name", "race"), keyed)));
            for (Future<CallResult> call : calls) {
                results.add(Concurrently.get(call));
            }
        } finally {
            Concurrently.stop(threads);
        }

        assertThat(results).allMatch(CallResult::isSuccess);
        assertThat(results).filteredOn(result -> ((CallResult.Success) result).replayed()).hasSize(1);
        assertThat(widgets()).isEqualTo(1);
        assertThat(audit()).hasSize(1);
        executor.eventBus().relay();
        assertThat(received).hasSize(1);
    }
}
