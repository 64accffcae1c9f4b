package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Model;
import io.contractspec.schema.internal.JsonNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/** Values that break exactly one rule: another JSON kind, out of range, a wrong length, no pattern match. */
final class FaultyValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One value of each JSON kind; 7.5 is a number that is not an integer. */
    private static final List<JsonNode> ONE_OF_EACH_KIND = List.of(
            JSON.textNode("7"), JSON.numberNode(7), JSON.numberNode(new BigDecimal("7.5")), JSON.booleanNode(true),
            JSON.objectNode(), JSON.arrayNode().add("7"));

    private FaultyValues() {}

    /** A value whose JSON kind a value of the given type can never have; empty for the JSON scalar. */
    static Optional<JsonNode> wrongKind(JsonType expected, Random random) {
        return pickWhere(value -> !isKind(value, expected), random);
    }

    /** A value that is not an array. */
    static JsonNode notAnArray(Random random) {
        return pickWhere(value -> !value.isArray(), random).orElseThrow();
    }

    private static boolean isKind(JsonNode value, JsonType type) {
        return switch (type) {
            case STRING -> value.isTextual();
            case INTEGER -> value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case ANY -> true;
        };
    }

    private static Optional<JsonNode> pickWhere(Predicate<JsonNode> wrong, Random random) {
        List<JsonNode> others = ONE_OF_EACH_KIND.stream().filter(wrong).toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(others.get(random.nextInt(others.size())).deepCopy());
    }

    static JsonNode below(BigDecimal minimum) {
        return JsonNumbers.of(minimum.subtract(BigDecimal.ONE));
    }

    static JsonNode above(BigDecimal maximum) {
        return JsonNumbers.of(maximum.add(BigDecimal.ONE));
    }

    static JsonNode text(int codePoints, Random random) {
        return JSON.textNode(Text.random(random, codePoints));
    }

    /** Strings that contain no match of the field's pattern, starting with near misses of the current value. */
    static List<JsonNode> patternMisses(Field field, JsonNode current, Random random) {
        List<String> tries = new ArrayList<>(Text.nearMisses(current.textValue()));
        tries.add("");
        tries.add(Text.random(random, 1 + random.nextInt(8)));
        List<JsonNode> misses = new ArrayList<>();
        for (String candidate : tries) {
            if (!field.constraints().compiledPattern().matcher(candidate).find()) {
                misses.add(JSON.textNode(candidate));
            }
        }
        return misses;
    }

    /** A string close to the enum's values (a changed case, an added letter) that is none of them. */
    static JsonNode notInEnum(EnumType type, Random random) {
        String base = type.wireValues().get(random.nextInt(type.wireValues().size()));
        for (String candidate : Text.nearMisses(base)) {
            if (!type.contains(candidate)) {
                return JSON.textNode(candidate);
            }
        }
        String candidate = base + "_";
        while (type.contains(candidate)) {
            candidate += "_";
        }
        return JSON.textNode(candidate);
    }

    /** A field name the model does not declare. */
    static String unknownFieldName(Model model) {
        String name = "unknownField";
        for (int i = 2; model.field(name).isPresent(); i++) {
            name = "unknownField" + i;
        }
        return name;
    }
}
