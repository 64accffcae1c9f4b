package io.contractspec.runtime.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.runtime.spi.IdempotencyStore.Entry;
import io.contractspec.runtime.spi.IdempotencyStore.Key;
import io.contractspec.runtime.spi.IdempotencyStore.KeyTakenException;
import io.contractspec.runtime.spi.Transaction;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Keys are reserved inside the transaction and released or restored when it rolls back. */
class InMemoryIdempotencyStoreTest {

    private static final Key KEY = new Key("acme/alice", "workflow.instance.start@1.0.0", "key-1");
    private static final Entry OLD = new Entry("hash-1", 200, TextNode.valueOf("old"), Instant.parse("2025-01-14T10:00:00Z"));
    private static final Entry NEW = new Entry("hash-2", 200, TextNode.valueOf("new"), Instant.parse("2025-01-15T10:00:00Z"));

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    private void commit(Consumer<Transaction> work) throws Exception {
        unitOfWork.run(transaction -> {
            work.accept(transaction);
            return null;
        });
    }

    private void rollBack(Consumer<Transaction> work) {
        assertThatThrownBy(() -> unitOfWork.run(transaction -> {
            work.accept(transaction);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
    }

    @Test
    void refusesASecondSaveOfOneKey() throws Exception {
        commit(transaction -> store.save(transaction, KEY, OLD));

        assertThatThrownBy(() -> commit(transaction -> store.save(transaction, KEY, NEW)))
                .isInstanceOf(KeyTakenException.class).hasMessage("idempotency key already used: key-1");
        assertThat(store.find(KEY)).hasValue(OLD);
    }

    @Test
    void releasesTheKeyWhenTheTransactionRollsBack() {
        rollBack(transaction -> store.save(transaction, KEY, OLD));

        assertThat(store.find(KEY)).isEmpty();
    }

    @Test
    void replacesAnExpiredEntry() throws Exception {
        commit(transaction -> store.save(transaction, KEY, OLD));

        commit(transaction -> store.replace(transaction, KEY, OLD, NEW));

        assertThat(store.find(KEY)).hasValue(NEW);
    }

    @Test
    void refusesToReplaceAnEntryThatIsNoLongerThere() throws Exception {
        commit(transaction -> store.save(transaction, KEY, OLD));
        commit(transaction -> store.replace(transaction, KEY, OLD, NEW));

        assertThatThrownBy(() -> commit(transaction -> store.replace(transaction, KEY, OLD, NEW)))
                .isInstanceOf(KeyTakenException.class);
    }

    @Test
    void restoresTheExpiredEntryWhenTheTransactionRollsBack() throws Exception {
        commit(transaction -> store.save(transaction, KEY, OLD));

        rollBack(transaction -> store.replace(transaction, KEY, OLD, NEW));

        assertThat(store.find(KEY)).hasValue(OLD);
    }
}
