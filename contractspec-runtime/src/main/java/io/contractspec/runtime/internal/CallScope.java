package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.spi.Transaction;
import io.contractspec.schema.ValidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The handler's view of one call inside its transaction. It guards emits: an undeclared event or
 * an invalid payload poisons the call, so it fails even if the handler swallows the exception.
 */
public final class CallScope implements HandlerContext {

    private final OperationSpec operation;
    private final CallContext call;
    private final Transaction transaction;
    private final ContractRegistry registry;
    private final Authorization authorization;
    private final CallObservation observation;
    /** The call's one instant, taken when first asked for: a query that never asks takes none. */
    private Instant now;
    private List<EventEnvelope> events = List.of();
    private StageFailure poisoned;
    private StageFailure refused;
    private boolean authorizedARecord;
    private String subject;

    /** The longest subject the stores keep (their subject columns are VARCHAR(255)). */
    public static final int MAX_SUBJECT_LENGTH = 255;

    public CallScope(OperationSpec operation, CallContext call, Transaction transaction, ContractRegistry registry,
            Authorization authorization, CallObservation observation) {
        this.operation = operation;
        this.call = call;
        this.transaction = transaction;
        this.registry = registry;
        this.authorization = authorization;
        this.observation = observation;
    }

    @Override
    public OperationSpec operation() {
        return operation;
    }

    @Override
    public Optional<Principal> principal() {
        return call.principal();
    }

    @Override
    public Principal requirePrincipal() {
        return call.principal().orElseThrow(() -> new IllegalStateException(
                operation.ref() + " allows anonymous calls; use principal() instead of requirePrincipal()"));
    }

    @Override
    public CallContext call() {
        return call;
    }

    @Override
    public String traceId() {
        return call.traceId();
    }

    @Override
    public Instant now() {
        Instant taken = now;
        if (taken == null) {
            taken = call.clock().instant();
            now = taken;
        }
        return taken;
    }

    @Override
    public Transaction transaction() {
        return transaction;
    }

    @Override
    public void authorize(Object record) {
        Objects.requireNonNull(record, "record");
        observation.enterNested(Stage.AUTHORIZE_RECORD);
        try {
            authorization.authorizeRecord(operation, call, record);
        } catch (StageFailure denied) {
            refused = denied; // stands even if the handler catches it
            observation.leaveNested(Optional.of(denied.problem(call.traceId())));
            throw denied;
        }
        authorizedARecord = true;
        observation.leaveNested(Optional.empty());
    }

    /**
     * Fails the call when a record check refused. Called when the handler threw: a handler may fail
     * (404, 409) before it has a record to check, so only a refusal outranks its own error.
     */
    public void checkRecordNotRefused() {
        if (refused != null) {
            throw refused;
        }
    }

    /** Fails the call when a record check refused, or when a declared record rule was never asked. */
    public void checkRecordAuthorized() {
        checkRecordNotRefused();
        if (!authorizedARecord && authorization.hasRecordRule(operation)) {
            System.getLogger(CallScope.class.getName()).log(System.Logger.Level.ERROR, "Handler of "
                    + operation.ref() + " returned without context.authorize(record), but the operation declares a"
                    + " record rule (trace " + call.traceId() + ")");
            throw new StageFailure(Stage.HANDLER, Problem.of(StandardCode.INTERNAL_ERROR)
                    .detail("The operation failed on the server."));
        }
    }

    @Override
    public void emit(SpecRef event, JsonNode payload) {
        if (!operation.declaresEvent(event)) {
            throw poison("emitted the undeclared event " + event);
        }
        EventSpec spec = registry.event(event).orElseThrow(() -> poison("emitted " + event + ", which is not registered"));
        ValidationResult result = spec.payload().validate(payload);
        if (!result.isValid()) {
            throw poison("emitted " + event + " with an invalid payload: " + result.issues());
        }
        if (events.isEmpty()) {
            events = new ArrayList<>(2);
        }
        Principal actor = call.principal().orElse(null);
        Instant at = now();
        events.add(new EventEnvelope(Ids.newId(at.toEpochMilli()), event.key(), event.version(), at, call.traceId(),
                actor == null ? null : actor.userId(), actor == null ? null : actor.organizationId(), payload.deepCopy()));
    }

    @Override
    public void about(String subject) {
        // The stores keep up to 255 characters; a longer or blank subject is a handler's mistake.
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException(operation.ref() + ": a subject is 1 to " + MAX_SUBJECT_LENGTH
                    + " characters, not blank; got " + (subject == null ? "null" : subject.length() + " characters"));
        }
        this.subject = subject;
    }

    /** The record the handler said this call is about; null when it named none. */
    public String subject() {
        return subject;
    }

    /** The events emitted so far, carrying the call's subject; fails the call if an emit was refused. */
    public List<EventEnvelope> checkedEvents() {
        if (poisoned != null) {
            throw poisoned;
        }
        if (subject != null && !events.isEmpty()) {
            events.replaceAll(event -> event.about(subject));
        }
        return events;
    }

    private StageFailure poison(String reason) {
        // The reason stays in the log; the caller only learns that the server failed.
        System.getLogger(CallScope.class.getName()).log(System.Logger.Level.ERROR,
                "Handler of " + operation.ref() + " " + reason + " (trace " + call.traceId() + ")");
        poisoned = new StageFailure(Stage.HANDLER, Problem.of(StandardCode.INTERNAL_ERROR)
                .detail("The operation failed on the server."));
        return poisoned;
    }
}
