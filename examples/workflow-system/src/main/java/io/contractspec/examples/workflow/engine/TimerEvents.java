package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.schema.ValidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The events one timer firing causes. No operation emits them, so the runtime's emit guard does
 * not see them; this sink applies the same rule instead: a registered event with a valid payload,
 * or the firing fails and its transaction rolls back.
 */
final class TimerEvents implements EventSink {

    private final ContractRegistry registry;
    private final Instant now;
    private final String traceId;
    private final List<EventEnvelope> envelopes = new ArrayList<>();

    TimerEvents(ContractRegistry registry, Instant now) {
        this.registry = registry;
        this.now = now;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.traceId = String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    @Override
    public void emit(EventSpec event, ObjectNode payload) {
        EventSpec registered = registry.event(event.ref()).orElseThrow(() ->
                new IllegalStateException("timer emitted " + event.ref() + ", which is not registered"));
        ValidationResult result = registered.payload().validate(payload);
        if (!result.isValid()) {
            throw new IllegalStateException("timer emitted " + event.ref() + " with an invalid payload: "
                    + result.issues());
        }
        envelopes.add(new EventEnvelope(UUID.randomUUID().toString(), event.key(), event.version(), now, traceId,
                payload.path("actorId").asText(null), payload.path("organizationId").asText(null), payload.deepCopy(),
                payload.path("instanceId").asText(null)));
    }

    List<EventEnvelope> envelopes() {
        return envelopes;
    }
}
