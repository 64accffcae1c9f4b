package io.contractspec.runtime.memory;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.Transaction;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The embedded idempotency store. A key is reserved when saved or replaced (so a concurrent
 * duplicate loses) and released again if the transaction rolls back.
 */
@PublicApi
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> find(Transaction transaction, Key key) {
        return find(key);
    }

    @Override
    public Optional<Entry> find(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void save(Transaction transaction, Key key, Entry entry) {
        if (entries.putIfAbsent(key, entry) != null) {
            throw new KeyTakenException(key);
        }
        transaction.afterRollback(() -> entries.remove(key, entry));
    }

    @Override
    public void replace(Transaction transaction, Key key, Entry expired, Entry entry) {
        if (!entries.replace(key, expired, entry)) {
            throw new KeyTakenException(key);
        }
        transaction.afterRollback(() -> entries.replace(key, entry, expired));
    }
}
