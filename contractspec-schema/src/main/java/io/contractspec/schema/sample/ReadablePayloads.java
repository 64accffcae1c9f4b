package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Valid payloads meant to be read, for documentation examples: a field takes its default, else a
 * value known from elsewhere (e.g. other examples, by field name), else a plain candidate — the
 * first enum value, {@code step-execution-id-1} for {@code stepExecutionId}, a fixed time, the
 * minimum (else 1) — each kept only if the model accepts it in that field, the scalar's own ASCII
 * samples last. Deterministic: no randomness.
 *
 * <pre>{@code
 * Function<String, Optional<JsonNode>> known = ReadablePayloads.knownValues(exampleDocuments);
 * Optional<ObjectNode> example = ReadablePayloads.of(model, known);
 * }</pre>
 */
@PublicApi
public final class ReadablePayloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String TIME = "2026-01-15T09:30:00Z";
    /** Models nested deeper than this get no value: a model that requires itself has none. */
    private static final int MAX_DEPTH = 16;

    private ReadablePayloads() {}

    /**
     * A valid payload: required fields, plus optional ones a known value exists for; empty when no
     * candidate fits some required field.
     */
    public static Optional<ObjectNode> of(Model model, Function<String, Optional<JsonNode>> known) {
        return of(model, known, 0);
    }

    private static Optional<ObjectNode> of(Model model, Function<String, Optional<JsonNode>> known, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        ObjectNode payload = JSON.objectNode();
        for (Field field : model.fields()) {
            Optional<JsonNode> value = field.isRequired()
                    ? value(model, field, known, depth)
                    : known.apply(field.name()).filter(candidate -> fits(model, field, candidate));
            value.ifPresent(found -> payload.set(field.name(), found));
        }
        return model.validate(payload).isValid() ? Optional.of(payload) : Optional.empty();
    }

    /** A value the model accepts in this field; empty when no candidate fits. */
    public static Optional<JsonNode> value(Model owner, Field field, Function<String, Optional<JsonNode>> known) {
        return value(owner, field, known, 0);
    }

    private static Optional<JsonNode> value(Model owner, Field field, Function<String, Optional<JsonNode>> known,
            int depth) {
        Optional<JsonNode> chosen = field.defaultValue().<JsonNode>map(JsonNode::deepCopy)
                .or(() -> known.apply(field.name()).filter(candidate -> fits(owner, field, candidate)));
        if (chosen.isPresent()) {
            return chosen;
        }
        for (JsonNode candidate : candidates(field, known, depth)) {
            JsonNode value = field.isArray() ? repeat(candidate, field.constraints().minItems().orElse(1))
                    : field.isMap() ? JSON.objectNode().set("key", candidate) : candidate;
            if (fits(owner, field, value)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The first non-null value each field name takes anywhere in the documents, nested ones included. */
    public static Function<String, Optional<JsonNode>> knownValues(Iterable<JsonNode> documents) {
        Map<String, JsonNode> byName = new HashMap<>();
        documents.forEach(document -> collect(document, byName));
        return name -> Optional.ofNullable(byName.get(name)).map(JsonNode::deepCopy);
    }

    /** Whether the model reports no issue at this field's path when the field holds the value. */
    public static boolean fits(Model model, Field field, JsonNode value) {
        ObjectNode probe = JSON.objectNode();
        probe.set(field.name(), value);
        return model.validate(probe).issues().stream().map(issue -> issue.path())
                .noneMatch(path -> path.equals(field.name()) || path.startsWith(field.name() + ".")
                        || path.startsWith(field.name() + "["));
    }

    private static void collect(JsonNode node, Map<String, JsonNode> byName) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    byName.putIfAbsent(entry.getKey(), entry.getValue());
                }
                collect(entry.getValue(), byName);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, byName));
        }
    }

    private static JsonNode repeat(JsonNode item, int times) {
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    private static List<JsonNode> candidates(Field field, Function<String, Optional<JsonNode>> known, int depth) {
        List<JsonNode> candidates = new ArrayList<>();
        if (field.hasConstant()) {
            candidates.add(field.constant().orElseThrow());
            return candidates;
        }
        if (field.type() instanceof Union union) {
            Union.Variant first = union.variants().get(0);
            for (JsonNode candidate : candidates(Field.required(field.name(), first.type()).build(), known, depth)) {
                union.discriminator().ifPresent(property -> ((ObjectNode) candidate).put(property, first.tag()));
                candidates.add(candidate);
            }
            return candidates;
        }
        if (field.type() instanceof EnumType enumType) {
            enumType.wireValues().forEach(value -> candidates.add(JSON.textNode(value)));
            return candidates;
        }
        if (field.type() instanceof Model model) {
            of(model, known, depth + 1).ifPresent(candidates::add);
            return candidates;
        }
        switch (field.type().jsonType()) {
            case STRING -> {
                candidates.add(JSON.textNode(kebab(field.name()) + "-1"));
                candidates.add(JSON.textNode(TIME));
                candidates.add(JSON.textNode(TIME.substring(0, 10)));
            }
            case INTEGER, NUMBER -> {
                field.constraints().minimum().ifPresent(min -> candidates.add(JSON.numberNode(min)));
                candidates.add(JSON.numberNode(1));
                candidates.add(JSON.numberNode(0));
            }
            case BOOLEAN -> candidates.add(JSON.booleanNode(false));
            case OBJECT, ANY -> candidates.add(JSON.objectNode());
        }
        if (field.type() instanceof Scalar scalar) {
            ScalarSamples.valid(scalar).stream()
                    .filter(sample -> !sample.isTextual() || sample.asText().chars().allMatch(c -> c > 0x20 && c < 0x7f))
                    .sorted(Comparator.comparingInt(sample -> sample.toString().length()))
                    .forEach(candidates::add);
        }
        return candidates;
    }

    /** {@code stepExecutionId} → {@code step-execution-id}. */
    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
