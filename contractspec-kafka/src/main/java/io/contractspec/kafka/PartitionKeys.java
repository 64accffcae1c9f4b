package io.contractspec.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.EventEnvelope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value at an event's declared partition key path ({@link EventSpec#partitionKey()}): the Kafka
 * record key, so the broker keeps one aggregate's events in one partition, in order. An event whose
 * spec declares none, or whose payload leaves the (optional) field out, has no key.
 */
final class PartitionKeys {

    private static final String[] NO_KEY = new String[0];

    private final ContractRegistry registry;
    /** Event key → version → the key path's field names (empty: no key); looked up for every event relayed. */
    private final Map<String, Map<String, String[]>> paths = new ConcurrentHashMap<>();

    PartitionKeys(ContractRegistry registry) {
        this.registry = registry;
    }

    Optional<String> of(EventEnvelope event) {
        Map<String, String[]> byVersion = paths.computeIfAbsent(event.key(), any -> new ConcurrentHashMap<>());
        String[] path = byVersion.get(event.version());
        if (path == null) {
            path = pathOf(event.key(), event.version());
            byVersion.put(event.version(), path);
        }
        if (path.length == 0) {
            return Optional.empty();
        }
        JsonNode node = event.payload();
        for (String name : path) {
            node = node.path(name);
        }
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    private String[] pathOf(String key, String version) {
        return registry.event(SpecRef.of(key, version))
                .flatMap(EventSpec::partitionKey)
                .map(path -> path.split("\\."))
                .orElse(NO_KEY);
    }
}
