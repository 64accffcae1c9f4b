package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a number taken by an append whose transaction is still open holds delivery back.
 * A call whose transaction rolls back after its append took a number leaves that number unused:
 * the dispatcher, stopped there while the transaction was open, is woken by the rollback and passes
 * it, without waiting for another commit. A transaction that stays open is named in a warning.
 */
abstract class OutboxWaitsContract extends StoreContract<JdbcBackend> {

    @Test
    void theDispatcherWaitingAtARolledBackNumberIsWokenByTheRollback() throws Exception {
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<EventEnvelope> received = Collections.synchronizedList(new ArrayList<>());
        OperationExecutor executor = OperationExecutor.builder(ExecutorAtomicityContract.REGISTRY)
                .unitOfWork(backend.unitOfWork())
                .outboxStore(new FirstAppendHeldThenFailed(backend.outbox(), numbered, release))
                .auditStore(backend.audit())
                .idempotencyStore(backend.idempotency())
                .handlers(bindings -> bindings.bind(ExecutorAtomicityContract.CREATE, (input, context) -> {
                    context.emit(ExecutorAtomicityContract.CREATED, input);
                    return input;
                }))
                .subscribe("recorder", received::add)
                .build();
        ExecutorService threads = Concurrently.threads(1);
        try {
            Future<CallResult> first = Concurrently.start(threads, () -> executor.execute("test.widget.create",
                    json("name", "held"), ExecutorAtomicityContract.ALICE));
            Concurrently.await(numbered);
            assertThat(executor.execute("test.widget.create", json("name", "second"), ExecutorAtomicityContract.ALICE)
                    .isSuccess()).isTrue();
            executor.eventBus().relay(); // a round that stops at the held number
            assertThat(received).isEmpty();

            release.countDown();
            assertThat(Concurrently.get(first).isSuccess()).isFalse();

            // No relay() and no other commit: only the rollback can start the round that delivers it.
            Concurrently.until("the second call's event is delivered", () -> !received.isEmpty());
            assertThat(received).extracting(event -> event.payload().get("name").asText()).containsExactly("second");
        } finally {
            release.countDown();
            Concurrently.stop(threads);
            executor.close();
        }
    }

    @Test
    void aReaderHeldLongAtANumberOfAnOpenTransactionWarnsOnceNamingIt() throws Exception {
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(1);
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(JdbcOutboxStore.class.getName());
        log.addHandler(capture);
        try {
            Future<Object> open = Concurrently.start(threads, () -> backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(Fixtures.event("left-open")));
                JdbcSession.of(transaction).flush();
                numbered.countDown();
                Concurrently.await(release);
                return null;
            }));
            Concurrently.await(numbered);
            backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(Fixtures.event("behind-it")));
                return null;
            });
            for (int read = 0; read < 1_000 && warnings.isEmpty(); read++) {
                assertThat(backend.outbox().deliver("waiting", 10, event -> {})).isZero();
            }
            for (int read = 0; read < 1_000; read++) {
                backend.outbox().deliver("waiting", 10, event -> {});
            }
            release.countDown();
            Concurrently.get(open);
        } finally {
            release.countDown();
            log.removeHandler(capture);
            Concurrently.stop(threads);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getLevel()).isEqualTo(Level.WARNING);
        assertThat(warnings.get(0).getMessage()).contains("still open", "idle_in_transaction_session_timeout")
                .containsPattern("virtualtransaction \\[\\d+/\\d+\\]");
        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("waiting", 10, event -> delivered.add(event.id()));
        assertThat(delivered).containsExactly("left-open", "behind-it");
    }

    /** The real store; its first append is sent (so it takes its number), held open, then failed. */
    private static final class FirstAppendHeldThenFailed implements OutboxStore {

        private final OutboxStore store;
        private final CountDownLatch numbered;
        private final CountDownLatch release;
        private final AtomicBoolean first = new AtomicBoolean(true);

        FirstAppendHeldThenFailed(OutboxStore store, CountDownLatch numbered, CountDownLatch release) {
            this.store = store;
            this.numbered = numbered;
            this.release = release;
        }

        @Override
        public void append(Transaction transaction, List<EventEnvelope> events) {
            store.append(transaction, events);
            if (!first.compareAndSet(true, false)) {
                return;
            }
            try {
                JdbcSession.of(transaction).flush();
                numbered.countDown();
                Concurrently.await(release);
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("the held append fails, so its transaction rolls back");
        }

        @Override
        public int deliver(String subscriber, int limit, Consumer consumer) {
            return store.deliver(subscriber, limit, consumer);
        }

        @Override
        public List<Stored<EventEnvelope>> eventsAbout(String subject, long after, int limit) {
            return store.eventsAbout(subject, after, limit);
        }
    }
}
