package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.sample.ScalarSamples;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Readable values for fields an example leaves out: the first enum value, {@code step-execution-id-1}
 * for a field {@code stepExecutionId}, a fixed time for date-times, the minimum (else 1) for numbers,
 * required fields only for nested models; each candidate is kept only if the field accepts it, and
 * the scalar's own plain samples come last.
 */
final class PlainValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String TIME = "2026-01-15T09:30:00Z";

    private PlainValues() {}

    static Optional<JsonNode> of(Model owner, Field field) {
        for (JsonNode candidate : candidates(field)) {
            JsonNode value = field.isArray() ? repeat(candidate, field.constraints().minItems().orElse(1)) : candidate;
            if (CompleteOutputs.fits(owner, field, value)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static JsonNode repeat(JsonNode item, int times) {
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    private static List<JsonNode> candidates(Field field) {
        List<JsonNode> candidates = new ArrayList<>();
        if (field.type() instanceof EnumType enumType) {
            candidates.add(JSON.textNode(enumType.wireValues().get(0)));
            return candidates;
        }
        if (field.type() instanceof Model model) {
            ObjectNode object = JSON.objectNode();
            for (Field nested : model.fields()) {
                if (nested.isRequired()) {
                    nested.defaultValue().or(() -> of(model, nested)).ifPresent(value -> object.set(nested.name(), value));
                }
            }
            candidates.add(object);
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
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
