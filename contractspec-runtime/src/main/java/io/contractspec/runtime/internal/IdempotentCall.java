package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The idempotency of one keyed command: its key and input hash, computed once per call, and what
 * the store held for the key when the call looked, read through the call's own transaction (the
 * store never needs a second connection while the unit of work holds one).
 */
public final class IdempotentCall {

    private final IdempotencyStore store;
    private final IdempotencyStore.Key key;
    private final String inputHash;
    private final Duration ttl;
    private final CallContext context;
    private IdempotencyStore.Entry expired;

    private IdempotentCall(IdempotencyStore store, IdempotencyStore.Key key, String inputHash, Duration ttl,
            CallContext context) {
        this.store = store;
        this.key = key;
        this.inputHash = inputHash;
        this.ttl = ttl;
        this.context = context;
    }

    /** The idempotency of a call, or empty for queries and for commands sent without a key. */
    public static Optional<IdempotentCall> of(OperationSpec operation, JsonNode input, CallContext context,
            IdempotencyStore store, Duration ttl) {
        if (!operation.isCommand() || context.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        String principal = context.principal().map(p -> p.organizationId() + "/" + p.userId()).orElse("anonymous");
        IdempotencyStore.Key key = new IdempotencyStore.Key(principal, operation.ref().toString(),
                context.idempotencyKey().get());
        return Optional.of(new IdempotentCall(store, key, CanonicalJson.sha256(input), ttl, context));
    }

    /**
     * The stored result when this key already ran with the same input and has not expired; a
     * conflict when it ran with another input. An expired entry is remembered so {@link #save}
     * replaces it.
     */
    public Optional<CallResult> replay(Transaction transaction) {
        IdempotencyStore.Entry entry = store.find(transaction, key).orElse(null);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.createdAt().plus(ttl).isBefore(context.clock().instant())) {
            expired = entry;
            return Optional.empty();
        }
        if (!entry.inputHash().equals(inputHash)) {
            throw new StageFailure(Stage.IDEMPOTENCY, Problem.of(StandardCode.CONFLICT)
                    .detail("This idempotency key was already used with a different input."));
        }
        return Optional.of(new CallResult.Success(entry.output(), entry.status(), context.traceId(), List.of(), true));
    }

    /** Stores the call's result in its transaction; throws {@code KeyTakenException} when a concurrent call won. */
    public void save(Transaction transaction, int status, JsonNode output, Instant now) {
        IdempotencyStore.Entry entry = new IdempotencyStore.Entry(inputHash, status, output, now);
        if (expired != null) {
            store.replace(transaction, key, expired, entry);
        } else {
            store.save(transaction, key, entry);
        }
    }
}
