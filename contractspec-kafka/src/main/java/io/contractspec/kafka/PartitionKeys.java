package io.contractspec.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.EventEnvelope;
import java.util.Optional;

/**
 * The value at an event's declared partition key path ({@link EventSpec#partitionKey()}): the Kafka
 * record key, so the broker keeps one aggregate's events in one partition, in order. An event whose
 * spec declares none, or whose payload leaves the (optional) field out, has no key.
 */
final class PartitionKeys {

    private final ContractRegistry registry;

    PartitionKeys(ContractRegistry registry) {
        this.registry = registry;
    }

    Optional<String> of(EventEnvelope event) {
        return registry.event(SpecRef.of(event.key(), event.version()))
                .flatMap(EventSpec::partitionKey)
                .flatMap(path -> valueAt(event.payload(), path));
    }

    private static Optional<String> valueAt(JsonNode payload, String path) {
        JsonNode node = payload;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }
}
