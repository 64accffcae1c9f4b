package io.contractspec.openapi.internal;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.Stability;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events our own export lists in {@code x-contractspec-events} (key, version, metadata, PII
 * paths, partition key, the payload's schema inline or a reference to its component): an OpenAPI document has no place
 * for events a service publishes, so without this they would not come back. One that cannot be
 * built is reported and left out.
 */
final class OwnEvents {

    private static final String EXTENSION = "x-contractspec-events";

    private final OpenAPI api;
    private final SchemaMapper schemas;
    private final ImportProblems problems;

    OwnEvents(OpenAPI api, SchemaMapper schemas, ImportProblems problems) {
        this.api = api;
        this.schemas = schemas;
        this.problems = problems;
    }

    List<EventSpec> events() {
        List<EventSpec> events = new ArrayList<>();
        if (api.getExtensions() == null || !(api.getExtensions().get(EXTENSION) instanceof List<?> entries)) {
            return events;
        }
        for (int i = 0; i < entries.size(); i++) {
            String pointer = "/" + EXTENSION + "/" + i;
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.warn(pointer, "contractspec-event", "an entry of " + EXTENSION + " is not an object; left out");
                continue;
            }
            try {
                event(entry, pointer).ifPresent(events::add);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.error(pointer, "contractspec-event", "the event cannot be imported: " + e.getMessage());
            }
        }
        return events;
    }

    private Optional<EventSpec> event(Map<?, ?> entry, String pointer) {
        String key = String.valueOf(entry.get("key"));
        if (!(entry.get("payload") instanceof Map<?, ?> payload)) {
            problems.warn(pointer, "contractspec-event", "event " + key + " has no payload schema; left out");
            return Optional.empty();
        }
        // A reference to a component, or the schema inline (then its title is the model's name).
        Schema<?> schema = payload.get("$ref") instanceof String ref ? new Schema<>().$ref(ref)
                : new OpenAPIDeserializer().getSchema(SchemaView.json(payload), pointer + "/payload",
                        new OpenAPIDeserializer.ParseResult().openapi31(api.getOpenapi() != null
                                && api.getOpenapi().startsWith("3.1")));
        String name = schema.getTitle() != null && !Identifiers.words(schema.getTitle()).isEmpty()
                ? Identifiers.typeName(schema.getTitle()) : Identifiers.typeName(key.replace('.', '-')) + "Payload";
        Optional<io.contractspec.schema.Model> model = schemas.model(schema, name, pointer + "/payload");
        if (model.isEmpty()) {
            problems.warn(pointer, "contractspec-event", "the payload of event " + key + " is not an object; left out");
            return Optional.empty();
        }
        EventSpec.Builder event = EventSpec.builder(key, String.valueOf(entry.get("version"))).payload(model.get())
                .description(text(entry, "description").orElse(""));
        text(entry, "title").ifPresent(event::title);
        text(entry, "domain").ifPresent(event::domain);
        text(entry, "stability").flatMap(wire -> Arrays.stream(Stability.values())
                .filter(stability -> stability.wireName().equals(wire)).findFirst()).ifPresent(event::stability);
        event.owners(strings(entry, "owners")).tags(strings(entry, "tags")).docIds(strings(entry, "docIds"))
                .pii(strings(entry, "pii"));
        text(entry, "partitionKey").ifPresent(event::partitionKey);
        return Optional.of(event.build());
    }

    private static Optional<String> text(Map<?, ?> entry, String name) {
        return entry.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private static String[] strings(Map<?, ?> entry, String name) {
        return entry.get(name) instanceof List<?> list ? list.stream().map(String::valueOf).toArray(String[]::new)
                : new String[0];
    }
}
