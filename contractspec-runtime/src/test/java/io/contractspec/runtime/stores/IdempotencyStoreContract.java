package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static io.contractspec.runtime.stores.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.spi.IdempotencyStore.Entry;
import io.contractspec.runtime.spi.IdempotencyStore.Key;
import io.contractspec.runtime.spi.IdempotencyStore.KeyTakenException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every idempotency store does: scoped keys, transactional saves, one winner per key. */
abstract class IdempotencyStoreContract<B extends Backend> extends StoreContract<B> {

    static final Key KEY = new Key("acme/alice", "test.order.place@1.0.0", "key-1");
    static final Entry ENTRY = new Entry("hash-1", 201, json("orderId", "o-1"), T0);

    void save(Key key, Entry entry) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.idempotency().save(transaction, key, entry);
            return null;
        });
    }

    @Test
    void findsNothingForAnUnknownKey() {
        assertThat(backend.idempotency().find(KEY)).isEmpty();
    }

    @Test
    void findsWhatWasSaved() throws Exception {
        save(KEY, ENTRY);

        assertThat(backend.idempotency().find(KEY)).contains(ENTRY);
    }

    @Test
    void findsThroughTheCallsTransactionWhatThatTransactionSaved() throws Exception {
        Object found = backend.unitOfWork().run(transaction -> {
            assertThat(backend.idempotency().find(transaction, KEY)).isEmpty();
            backend.idempotency().save(transaction, KEY, ENTRY);
            return backend.idempotency().find(transaction, KEY).orElseThrow();
        });

        assertThat(found).isEqualTo(ENTRY);
    }

    @Test
    void scopesKeysByPrincipalAndOperation() throws Exception {
        save(KEY, ENTRY);
        Key otherPrincipal = new Key("acme/bob", KEY.operation(), KEY.idempotencyKey());
        Key otherOperation = new Key(KEY.principal(), "test.order.cancel@1.0.0", KEY.idempotencyKey());
        Entry other = new Entry("hash-2", 200, json("orderId", "o-2"), T0);

        save(otherPrincipal, other);
        save(otherOperation, other);

        assertThat(backend.idempotency().find(KEY)).contains(ENTRY);
        assertThat(backend.idempotency().find(otherPrincipal)).contains(other);
        assertThat(backend.idempotency().find(otherOperation)).contains(other);
    }

    @Test
    void aRolledBackSaveLeavesNoEntry() throws Exception {
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            backend.idempotency().save(transaction, KEY, ENTRY);
            throw new IllegalStateException("output invalid");
        })).hasMessage("output invalid");

        assertThat(backend.idempotency().find(KEY)).isEmpty();
        save(KEY, ENTRY);
        assertThat(backend.idempotency().find(KEY)).contains(ENTRY);
    }

    @Test
    void savingATakenKeyFailsAndKeepsTheFirstEntry() throws Exception {
        save(KEY, ENTRY);

        assertThatThrownBy(() -> save(KEY, new Entry("hash-2", 201, json("orderId", "o-2"), T0)))
                .isInstanceOf(KeyTakenException.class);
        assertThat(backend.idempotency().find(KEY)).contains(ENTRY);
    }

    @Test
    void replacesAnExpiredEntryOnlyWhileItIsStillThere() throws Exception {
        save(KEY, ENTRY);
        Entry expired = backend.idempotency().find(KEY).orElseThrow();
        Entry fresh = new Entry("hash-2", 201, json("orderId", "o-2"), T0.plusSeconds(90_000));

        replace(KEY, expired, fresh);

        assertThat(backend.idempotency().find(KEY)).contains(fresh);
        assertThatThrownBy(() -> replace(KEY, expired, new Entry("hash-3", 201, json("orderId", "o-3"), T0)))
                .isInstanceOf(KeyTakenException.class);
        assertThat(backend.idempotency().find(KEY)).contains(fresh);
    }

    private void replace(Key key, Entry expired, Entry entry) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.idempotency().replace(transaction, key, expired, entry);
            return null;
        });
    }

    @Test
    void aConcurrentDuplicateLosesOnceTheFirstCommits() throws Exception {
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(2);
        try {
            Future<Object> first = threads.submit(() -> backend.unitOfWork().run(transaction -> {
                backend.idempotency().save(transaction, KEY, ENTRY);
                saved.countDown();
                Concurrently.await(commit);
                return null;
            }));
            Concurrently.await(saved);
            Future<Object> second = threads.submit(() -> {
                save(KEY, new Entry("hash-2", 201, json("orderId", "o-2"), T0));
                return null;
            });
            duplicateStarted();
            commit.countDown();

            Concurrently.get(first);
            assertThatThrownBy(() -> Concurrently.get(second)).hasCauseInstanceOf(KeyTakenException.class);
        } finally {
            commit.countDown();
            Concurrently.stop(threads);
        }
        assertThat(backend.idempotency().find(KEY)).contains(ENTRY);
    }

    /** Called while the first save is uncommitted and the duplicate has been started. */
    void duplicateStarted() throws Exception {}
}
