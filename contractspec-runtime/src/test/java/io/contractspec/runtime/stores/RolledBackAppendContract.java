package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.OperationExecutor;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A call whose transaction rolls back after its append took a number leaves that number unused;
 * on PostgreSQL the dispatcher, stopped there while the transaction was open, is woken by the
 * rollback and passes it, without waiting for another commit.
 */
abstract class RolledBackAppendContract extends StoreContract<JdbcBackend> {

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
