package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.internal.PayloadBindings;
import io.contractspec.runtime.spi.Transaction;
import java.time.Instant;
import java.util.Optional;

/** What a handler may use during a call: who calls, the clock, the transaction, and emitting events. */
@PublicApi
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
     * Checks that the caller may act on {@code record} (the row the handler loaded, say): the
     * operation's declared {@code RecordRule} and every authorizer must allow it. A refusal ends the
     * call with 403 (stage {@link Stage#AUTHORIZE_RECORD}), rolled back, even if the handler catches
     * the exception. An operation with a declared record rule whose handler returns without calling
     * this fails with INTERNAL_ERROR: the rule is enforced, not merely offered.
     */
    void authorize(Object record);

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
     * Emits an event whose payload is a record bound to the event's payload model (checked against
     * it on the first emit of that record type), then guarded like any other emit.
     */
    default void emit(EventSpec event, Record payload) {
        emit(event.ref(), PayloadBindings.write(event.payload(), payload));
    }

    /**
     * Names the record this call is about, e.g. the workflow instance it moved. The call's audit
     * records and the events it emits (before or after this call) carry it as their subject, so a
     * record's history can be read back from the stores. The last name given wins.
     */
    void about(String subject);

    /**
     * Answers this call with one of the REST responses the operation documents besides its success
     * ({@code .restResponse(201, "…")}), e.g. 201 when a PUT created what it would otherwise replace.
     * The output is still checked against the output model; 204, 205 and 3xx send no body. Other
     * surfaces ignore the status. An undeclared status is the handler's mistake: IllegalArgumentException.
     */
    void respondWith(int status);
}
