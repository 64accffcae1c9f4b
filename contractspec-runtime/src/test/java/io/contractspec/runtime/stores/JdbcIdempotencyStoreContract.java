package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static io.contractspec.runtime.stores.Fixtures.event;
import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.JdbcStoreException;
import io.contractspec.runtime.spi.IdempotencyStore.Entry;
import io.contractspec.runtime.spi.IdempotencyStore.Key;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The JDBC idempotency store on a real database: a duplicate insert waits for the first
 * transaction (it does not fail early, and succeeds if the first rolls back); expired entries purge;
 * a failure of the writes queued before a save is not taken for the key's.
 */
abstract class JdbcIdempotencyStoreContract extends IdempotencyStoreContract<JdbcBackend> {

    @Override
    void duplicateStarted() throws Exception {
        // The duplicate's insert must be parked on the first transaction's key, not failed already.
        Concurrently.until("the duplicate insert waits for the first transaction",
                () -> backend.database().sessionsWaitingIn("INSERT INTO cs_idempotency") == 1);
    }

    @Test
    void aWaitingDuplicateSucceedsWhenTheFirstRollsBack() throws Exception {
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch rollBack = new CountDownLatch(1);
        Entry second = new Entry("hash-2", 201, json("orderId", "o-2"), T0);
        ExecutorService threads = Concurrently.threads(2);
        try {
            Future<Object> first = threads.submit(() -> backend.unitOfWork().run(transaction -> {
                backend.idempotency().save(transaction, KEY, ENTRY);
                saved.countDown();
                Concurrently.await(rollBack);
                throw new IllegalStateException("first call failed");
            }));
            Concurrently.await(saved);
            Future<Object> duplicate = threads.submit(() -> {
                save(KEY, second);
                return null;
            });
            duplicateStarted();
            rollBack.countDown();

            Concurrently.get(duplicate);
            assertThat(first).failsWithin(Concurrently.PATIENCE);
        } finally {
            rollBack.countDown();
            Concurrently.stop(threads);
        }
        assertThat(backend.idempotency().find(KEY)).contains(second);
    }

    @Test
    void purgesEntriesCreatedBeforeTheCutOff() throws Exception {
        Key recent = new Key(KEY.principal(), KEY.operation(), "key-2");
        Entry recentEntry = new Entry("hash-2", 201, json("orderId", "o-2"), T0.plus(Duration.ofHours(1)));
        save(KEY, ENTRY);
        save(recent, recentEntry);

        assertThat(backend.idempotency().purgeExpired(T0)).isZero();
        assertThat(backend.idempotency().purgeExpired(T0.plusSeconds(1))).isEqualTo(1);

        assertThat(backend.idempotency().find(KEY)).isEmpty();
        assertThat(backend.idempotency().find(recent)).contains(recentEntry);
    }

    @Test
    void aDuplicateKeyOfAWriteQueuedBeforeTheSaveIsNotTakenForTheIdempotencyKeys() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1")));
            return null;
        });

        // The outbox queues its insert, so the save is what sends it; the unique violation is the event id's.
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1")));
            backend.idempotency().save(transaction, KEY, ENTRY);
            return null;
        })).isInstanceOfSatisfying(JdbcStoreException.class,
                e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("23505"));
        assertThat(backend.idempotency().find(KEY)).isEmpty();
    }
}
