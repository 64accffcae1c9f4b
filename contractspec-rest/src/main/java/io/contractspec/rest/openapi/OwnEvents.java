package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.SpecMeta;
import java.util.Set;

/**
 * The events of the registry in {@code x-contractspec-events}, so that importing our own export
 * gives them back: key, version, the rest of their metadata, PII paths, partition key and the
 * payload's schema, inline (a component only extensions use would be an unused component to
 * linters) unless the paths use that model too, then a reference to its component. Not 3.1
 * {@code webhooks}: the REST surface does not call subscribers over HTTP (the AsyncAPI document
 * says how events travel), and a webhook would tell code generators otherwise.
 */
final class OwnEvents {

    static final String EXTENSION = "x-contractspec-events";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OwnEvents() {}

    /** One entry per event, in the registry's order; empty without events. */
    static ArrayNode of(ContractRegistry registry, Components components, JsonNode paths) {
        Set<String> usedByPaths = components.usedBy(paths);
        ArrayNode events = JSON.arrayNode();
        for (EventSpec event : registry.events()) {
            SpecMeta meta = event.meta();
            ObjectNode node = events.addObject().put("key", meta.key()).put("version", meta.version())
                    .put("stability", meta.stability().wireName());
            meta.title().ifPresent(title -> node.put("title", title));
            node.put("description", meta.description());
            meta.owners().forEach(node.withArray("owners")::add);
            meta.tags().forEach(node.withArray("tags")::add);
            meta.domain().ifPresent(domain -> node.put("domain", domain));
            meta.docIds().forEach(node.withArray("docIds")::add);
            event.pii().forEach(node.withArray("pii")::add);
            event.partitionKey().ifPresent(key -> node.put("partitionKey", key));
            node.set("payload", usedByPaths.contains(event.payload().name()) ? Components.refTo(event.payload())
                    : components.schemaOf(event.payload()));
        }
        return events;
    }
}
