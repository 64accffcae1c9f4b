package io.contractspec.openapi.internal;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.SpecKeys;
import io.contractspec.schema.Model;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAPI 3.1 webhooks to events: what the API sends to its subscribers is something that
 * happened. Each webhook operation's JSON request body is the payload (read as an output: writeOnly
 * properties left out); operationId (else the webhook's name) gives the key under {@code events},
 * summary and description the description, {@code x-contractspec} the key and version we exported.
 * The events our own export lists in {@code x-contractspec-events} come first ({@link OwnEvents}).
 */
public final class WebhookMapper {

    private final OpenAPI api;
    private final SchemaMapper schemas;
    private final ImportProblems problems;
    private final Refs refs;
    private final Set<String> keys = new HashSet<>();

    public WebhookMapper(OpenAPI api, SchemaMapper schemas, ImportProblems problems) {
        this.api = api;
        this.schemas = schemas;
        this.problems = problems;
        this.refs = new Refs(api);
    }

    public List<EventSpec> events() {
        List<EventSpec> events = new OwnEvents(api, schemas, problems).events();
        if (api.getWebhooks() == null) {
            return events;
        }
        api.getWebhooks().forEach((name, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String pointer = ImportProblems.step("/webhooks", name) + "/" + method.name().toLowerCase(Locale.ROOT);
            try {
                event(name, operation, pointer).ifPresent(events::add);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.error(pointer, "webhook", "the webhook cannot be imported as an event: " + e.getMessage());
            }
        }));
        return events;
    }

    private Optional<EventSpec> event(String name, Operation operation, String pointer) {
        ContractspecExtension extension = ContractspecExtension.of(operation.getExtensions());
        String key = extension.key().filter(SpecKeys::isValid).orElseGet(() -> key(name, operation));
        RequestBody body = operation.getRequestBody() == null ? null : refs.body(operation.getRequestBody());
        String typeName = Identifiers.typeName(key.replace('.', '-')) + "Payload";
        Optional<Model> payload = body == null ? Optional.empty()
                : new Bodies(schemas, problems, refs).model(body.getContent(), typeName, pointer + "/requestBody/content");
        if (payload.isEmpty()) {
            problems.warn(pointer, "webhook-payload", "webhook '" + name + "' has no JSON body; its event has an"
                    + " empty payload");
        }
        String summary = operation.getSummary() == null ? "" : operation.getSummary().strip();
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
        EventSpec.Builder event = EventSpec.builder(key, extension.version().orElse("1.0.0"))
                .payload(payload.orElseGet(() -> Model.builder(schemas.names().reserve(typeName)).build()))
                .description(description.isEmpty() ? summary : description);
        if (!summary.isEmpty() && !description.isEmpty()) {
            event.title(summary);
        }
        extension.owners().ifPresent(owners -> event.owners(owners.toArray(String[]::new)));
        return Optional.of(event.build());
    }

    private String key(String name, Operation operation) {
        String source = operation.getOperationId() != null && !Identifiers.words(operation.getOperationId()).isEmpty()
                ? operation.getOperationId() : name;
        String key = "events." + Identifiers.keySegment(source);
        String unique = key;
        for (int n = 2; !keys.add(unique); n++) {
            unique = key + "-" + n;
        }
        return unique;
    }
}
