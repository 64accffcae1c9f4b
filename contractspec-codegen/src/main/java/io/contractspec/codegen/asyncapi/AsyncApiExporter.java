package io.contractspec.codegen.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.naming.SurfaceNames;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecMeta;
import io.contractspec.core.spec.Stability;
import io.contractspec.schema.Model;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.contractspec.schema.jsonschema.SchemaRefStyle;
import io.contractspec.schema.sample.PayloadGenerator;
import io.contractspec.schema.sample.ReadablePayloads;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Exports the events of a registry as an AsyncAPI 3.0 document: one channel per event key and
 * version, its message (payload schema, the envelope's headers, description, an example), and a
 * {@code receive} operation per channel for consumers. The same registry always gives the same
 * document.
 *
 * <pre>{@code
 * ObjectNode document = AsyncApiExporter.export(registry, new AsyncApiOptions("Workflow events", "1.0.0", ""));
 * }</pre>
 */
@PublicApi
public final class AsyncApiExporter {

    public static final String ASYNCAPI_VERSION = "3.0.0";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PayloadGenerator EXAMPLES = PayloadGenerator.of(ScalarSamples.sampler());

    private AsyncApiExporter() {}

    public static ObjectNode export(ContractRegistry registry, AsyncApiOptions options) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(options, "options");
        Function<String, Optional<JsonNode>> known = knownValues(registry);
        List<EventSpec> events = new ArrayList<>(registry.events());
        events.sort(Comparator.comparing(EventSpec::key).thenComparing(event -> event.meta().semver()));
        ObjectNode document = JSON.objectNode().put("asyncapi", ASYNCAPI_VERSION);
        ObjectNode info = document.putObject("info").put("title", options.title()).put("version", options.version());
        if (!options.description().isEmpty()) {
            info.put("description", options.description());
        }
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = JSON.objectNode();
        ObjectNode messages = components.putObject("messages");
        for (EventSpec event : events) {
            String id = id(event);
            channels.set(id, channel(event, id));
            operations.set("receive" + Character.toUpperCase(id.charAt(0)) + id.substring(1), receive(event, id));
            messages.set(id, message(event, known));
        }
        ObjectNode schemas = components.putObject("schemas");
        schemas.set(EnvelopeHeaders.SCHEMA_NAME, EnvelopeHeaders.schema());
        List<Model> payloads = events.stream().map(EventSpec::payload).toList();
        JsonSchemaProjection.namedSchemas(payloads, SchemaRefStyle.OPENAPI_COMPONENTS)
                .forEach((name, schema) -> schemas.set(name, Draft07.of(schema)));
        document.set("components", components);
        return document;
    }

    /** {@code workflowInstanceStarted_v1_0_0}: the key in camelCase and the whole version. */
    static String id(EventSpec event) {
        return SurfaceNames.camel(event.key()) + "_v" + event.version().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static ObjectNode channel(EventSpec event, String id) {
        ObjectNode channel = JSON.objectNode().put("address", event.key() + ".v" + event.version());
        describe(channel, event.meta());
        channel.putObject("messages").putObject(id).put("$ref", "#/components/messages/" + id);
        return channel;
    }

    private static ObjectNode receive(EventSpec event, String id) {
        ObjectNode operation = JSON.objectNode().put("action", "receive");
        operation.putObject("channel").put("$ref", "#/channels/" + id);
        operation.put("summary", "Receive " + event.key() + " " + event.version() + ".");
        operation.putArray("messages").addObject().put("$ref", "#/channels/" + id + "/messages/" + id);
        return operation;
    }

    private static ObjectNode message(EventSpec event, Function<String, Optional<JsonNode>> known) {
        SpecMeta meta = event.meta();
        ObjectNode message = JSON.objectNode().put("name", event.key()).put("title", meta.title().orElse(event.key()));
        describe(message, meta);
        message.put("contentType", "application/json");
        message.putObject("headers").put("$ref", "#/components/schemas/" + EnvelopeHeaders.SCHEMA_NAME);
        message.putObject("payload").put("$ref", "#/components/schemas/" + event.payload().name());
        event.partitionKey().ifPresent(path -> partitionKey(message, path));
        ArrayNode tags = message.putArray("tags");
        meta.tags().forEach(tag -> tags.addObject().put("name", tag));
        if (tags.isEmpty()) {
            message.remove("tags");
        }
        ObjectNode example = message.putArray("examples").addObject().put("name", "example");
        example.set("headers", EnvelopeHeaders.example(event.key(), event.version()));
        example.set("payload", examplePayload(event.payload(), event.key(), known));
        return message;
    }

    /**
     * The declared partition key as the Kafka message binding's key (the relay's record key, so one
     * aggregate's events keep their order) and as the correlation id it is read from.
     */
    private static void partitionKey(ObjectNode message, String path) {
        String pointer = "/" + path.replace(".", "/");
        message.putObject("correlationId")
                .put("description", "The partition key: events with the same value keep their order.")
                .put("location", "$message.payload#" + pointer);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string")
                .put("description", "The value of the payload's " + path + " (also the CloudEvents ce_subject).");
        kafka.put("bindingVersion", "0.5.0");
    }

    /** A readable payload with the values the operations' examples use, else a generated valid one. */
    private static JsonNode examplePayload(Model payload, String key, Function<String, Optional<JsonNode>> known) {
        return ReadablePayloads.of(payload, known).<JsonNode>map(found -> found)
                .orElseGet(() -> EXAMPLES.valid(payload, new Random(key.hashCode())));
    }

    private static Function<String, Optional<JsonNode>> knownValues(ContractRegistry registry) {
        List<JsonNode> documents = new ArrayList<>();
        for (OperationSpec operation : registry.operations()) {
            for (Example example : operation.examples()) {
                documents.add(example.input());
                example.output().ifPresent(documents::add);
            }
        }
        return ReadablePayloads.knownValues(documents);
    }

    private static void describe(ObjectNode node, SpecMeta meta) {
        StringBuilder description = new StringBuilder(meta.description());
        if (meta.stability() == Stability.DEPRECATED) {
            description.append(description.length() > 0 ? "\n\n" : "").append("**Deprecated.**");
        }
        if (description.length() > 0) {
            node.put("description", description.toString());
        }
    }
}
