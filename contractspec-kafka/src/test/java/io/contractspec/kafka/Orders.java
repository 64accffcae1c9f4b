package io.contractspec.kafka;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.time.Instant;
import java.util.List;

/** The contract the module's tests relay and consume: {@code order.placed}, keyed by the order id. */
final class Orders {

    static final Model ORDER_PLACED_PAYLOAD = Model.builder("OrderPlaced")
            .required("orderId", Scalar.ID)
            .required("line", Scalar.INT)
            .build();
    static final EventSpec ORDER_PLACED = Contracts.event("order.placed", "1.0.0")
            .description("An order line was placed.")
            .payload(ORDER_PLACED_PAYLOAD)
            .partitionKey("orderId")
            .build();
    static final ContractRegistry REGISTRY = ContractRegistry.builder().register(ORDER_PLACED).build();

    /** The typed payload the consumer reads. */
    record OrderPlaced(String orderId, int line) {}

    private Orders() {}

    static EventEnvelope placed(String eventId, String orderId, int line) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("orderId", orderId).put("line", line);
        return new EventEnvelope(eventId, ORDER_PLACED.meta().key(), ORDER_PLACED.meta().version(),
                Instant.parse("2026-01-01T10:00:00Z").plusSeconds(line), "trace-" + eventId, "u-1", "org-1", payload);
    }

    /** Commits the events in one transaction of the in-memory unit of work. */
    static void commit(InMemoryUnitOfWork unitOfWork, InMemoryOutboxStore outbox, List<EventEnvelope> events)
            throws Exception {
        unitOfWork.run(transaction -> {
            outbox.append(transaction, events);
            return null;
        });
    }
}
