package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.internal.JsonNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid values for a scalar field: the sampler's values, numbers at and between the bounds, strings
 * of fitting lengths, the field's default and near misses of all of these, kept when they meet the
 * scalar and every constraint of the field.
 */
final class ScalarValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** How far past a single bound synthesized numbers reach. */
    private static final BigDecimal SPAN = BigDecimal.valueOf(1000);

    private final ScalarSampler sampler;

    ScalarValues(ScalarSampler sampler) {
        this.sampler = sampler;
    }

    ScalarSampler sampler() {
        return sampler;
    }

    /** @throws IllegalArgumentException when no candidate fits, e.g. a pattern no sample matches */
    JsonNode pick(Field field, Random random) {
        List<JsonNode> fitting = candidates(field, random).stream().filter(value -> fits(field, value)).toList();
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException("cannot generate a valid value for field '" + field.name()
                    + "' of type " + field.type().name() + ": give it a default value that meets its constraints");
        }
        return fitting.get(random.nextInt(fitting.size())).deepCopy();
    }

    private List<JsonNode> candidates(Field field, Random random) {
        Scalar scalar = (Scalar) field.type();
        Set<JsonNode> out = new LinkedHashSet<>(sampler.valid(scalar));
        field.defaultValue().ifPresent(value -> {
            if (field.isArray() && value.isArray()) {
                value.forEach(out::add);
            } else if (!value.isNull()) {
                out.add(value);
            }
        });
        if (scalar.jsonType() == JsonType.INTEGER || scalar.jsonType() == JsonType.NUMBER) {
            out.addAll(numbers(field.constraints(), scalar.jsonType() == JsonType.INTEGER, random));
        } else if (scalar.jsonType() == JsonType.STRING) {
            out.addAll(strings(field.constraints(), random));
            List<JsonNode> bases = new ArrayList<>(out);
            bases.stream().filter(JsonNode::isTextual)
                    .forEach(base -> Text.nearMisses(base.textValue()).forEach(miss -> out.add(JSON.textNode(miss))));
        }
        return new ArrayList<>(out);
    }

    /** True when the value meets the scalar and every value constraint of the field. */
    static boolean fits(Field field, JsonNode value) {
        if (!((Scalar) field.type()).accepts(value)) {
            return false;
        }
        Constraints constraints = field.constraints();
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            return constraints.minimum().map(min -> number.compareTo(min) >= 0).orElse(true)
                    && constraints.maximum().map(max -> number.compareTo(max) <= 0).orElse(true);
        }
        if (value.isTextual()) {
            int length = Text.length(value.textValue());
            return constraints.minLength().map(min -> length >= min).orElse(true)
                    && constraints.maxLength().map(max -> length <= max).orElse(true)
                    && (constraints.compiledPattern() == null
                            || constraints.compiledPattern().matcher(value.textValue()).find());
        }
        return true;
    }

    /** The bounds themselves (inclusive, so both are valid) and a number between them. */
    private static List<JsonNode> numbers(Constraints constraints, boolean integral, Random random) {
        if (constraints.minimum().isEmpty() && constraints.maximum().isEmpty()) {
            return List.of();
        }
        BigDecimal low = constraints.minimum().orElseGet(() -> constraints.maximum().orElseThrow().subtract(SPAN));
        BigDecimal high = constraints.maximum().orElseGet(() -> low.add(SPAN));
        BigDecimal from = integral ? low.setScale(0, RoundingMode.CEILING) : low;
        BigDecimal to = integral ? high.setScale(0, RoundingMode.FLOOR) : high;
        if (from.compareTo(to) > 0) {
            return List.of();
        }
        BigDecimal between = from.add(to.subtract(from).multiply(BigDecimal.valueOf(random.nextDouble())))
                .setScale(integral ? 0 : 3, RoundingMode.FLOOR)
                .max(from);
        return List.of(JsonNumbers.of(from), JsonNumbers.of(to), JsonNumbers.of(between));
    }

    private static List<JsonNode> strings(Constraints constraints, Random random) {
        int min = constraints.minLength().orElse(0);
        // Capped so that a generous maxLength does not produce megabyte payloads.
        int max = Math.min(constraints.maxLength().orElse(min + 12), min + 256);
        return List.of(
                JSON.textNode(Text.random(random, min)),
                JSON.textNode(Text.random(random, max)),
                JSON.textNode(Text.random(random, min + random.nextInt(max - min + 1))));
    }
}
