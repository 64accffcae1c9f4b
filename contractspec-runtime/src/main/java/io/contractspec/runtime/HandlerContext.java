package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.spi.Transaction;
import java.time.Instant;
import java.util.Optional;

/** What a handler may use during a call: who calls, the clock, the transaction, and emitting events. */
public interface HandlerContext {

    OperationSpec operation();

    /** The caller; empty only for operations that allow anonymous calls. */
    Optional<Principal> principal();

    /** The caller, for operations that require authentication. */
    Principal requirePrincipal();

    CallContext call();

    String traceId();

    /** The call's clock reading; use it instead of {@code Instant.now()} so tests control time. */
    Instant now();

    Transaction transaction();

    /**
     * Emits an event into the call's outbox. Only events the operation declares may be emitted and
     * the payload must validate against the event's model; otherwise the call fails with
     * INTERNAL_ERROR and nothing is published.
     */
    void emit(SpecRef event, JsonNode payload);

    default void emit(EventSpec event, JsonNode payload) {
        emit(event.ref(), payload);
    }

    /**
     * Names the record this call is about, e.g. the workflow instance it moved. The call's audit
     * records and the events it emits (before or after this call) carry it as their subject, so a
     * record's history can be read back from the stores. The last name given wins.
     */
    void about(String subject);
}
