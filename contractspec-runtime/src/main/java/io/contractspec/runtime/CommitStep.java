package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.internal.CallScope;
import io.contractspec.runtime.spi.Transaction;
import java.util.List;

/**
 * The end of every unit of work that ran a handler or system work, in one place for both: its
 * events to the outbox and its audit records in the transaction, then, once it has committed (or
 * rolled back after appending), a wake-up for the event bus's dispatcher (the caller never delivers).
 */
final class CommitStep {

    private final RuntimeConfig config;
    /** Made once: every call that emits registers it. */
    private final Runnable wakeBus;

    CommitStep(RuntimeConfig config) {
        this.config = config;
        this.wakeBus = config.eventBus()::wake;
    }

    /**
     * Writes the events and, when {@code audited} and the spec names audit actions, its audit
     * records, in the call's transaction.
     */
    void write(Transaction transaction, OperationSpec spec, JsonNode input, CallContext context, CallScope scope,
            List<EventEnvelope> events, boolean audited) {
        if (!events.isEmpty()) {
            // A rolled-back append leaves its number unused: a reader waiting there may now pass it.
            // Registered first, so that it also follows an append that failed after it was sent.
            transaction.afterRollback(wakeBus);
            config.outboxStore().append(transaction, events);
        }
        if (audited && !spec.audit().isEmpty()) {
            config.auditStore().append(transaction, AuditRecords.of(spec, input, context, scope.now(), scope.subject()));
        }
    }

    /** After the commit: events were appended, so the dispatcher has work. */
    void committed(List<EventEnvelope> events) {
        if (!events.isEmpty()) {
            wakeBus.run();
        }
    }
}
