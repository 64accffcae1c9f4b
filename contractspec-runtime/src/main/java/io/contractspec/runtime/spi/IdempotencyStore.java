package io.contractspec.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Remembers the results of commands sent with an idempotency key, so that retries replay them. */
@PublicApi
public interface IdempotencyStore {

    /** The scope of a key: the same key from another principal or for another operation is unrelated. */
    record Key(String principal, String operation, String idempotencyKey) {
        public Key {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /** A stored result: the hash of the input that produced it, its status and output. */
    record Entry(String inputHash, int status, JsonNode output, Instant createdAt) {
        public Entry {
            Objects.requireNonNull(inputHash, "inputHash");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** Thrown by {@link #save} when another call stored the same key first. */
    final class KeyTakenException extends RuntimeException {
        public KeyTakenException(Key key) {
            super("idempotency key already used: " + key.idempotencyKey());
        }
    }

    /**
     * Reads the entry of a key through the call's transaction, so a database store uses the
     * connection the unit of work already holds (a second pooled connection per call would let
     * concurrent calls exhaust the pool while each waits for one more).
     */
    Optional<Entry> find(Transaction transaction, Key key);

    /** Reads the entry of a key outside any call (tests, tools); never call it inside a unit of work. */
    Optional<Entry> find(Key key);

    /**
     * Stores the entry inside the call's transaction.
     *
     * @throws KeyTakenException when the key was stored by a concurrent call
     */
    void save(Transaction transaction, Key key, Entry entry);

    /**
     * Stores the entry in place of {@code expired}, an entry of the same key that is no longer
     * replayed, inside the call's transaction.
     *
     * @throws KeyTakenException when the key no longer holds {@code expired} (a concurrent call replaced it)
     */
    void replace(Transaction transaction, Key key, Entry expired, Entry entry);
}
