package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number within inclusive small whole-number bounds (latitude, longitude), compared exactly for
 * every node kind. Not a number is {@code type} (also NaN); below or above is {@code minimum} or
 * {@code maximum} (also ±Infinity).
 */
public final class RangeRule implements ScalarRule {

    private final String expected;
    private final long min;
    private final long max;
    private final BigInteger bigMin;
    private final BigInteger bigMax;
    private final BigDecimal decimalMin;
    private final BigDecimal decimalMax;

    private RangeRule(String expected, long min, long max) {
        this.expected = expected;
        this.min = min;
        this.max = max;
        this.bigMin = BigInteger.valueOf(min);
        this.bigMax = BigInteger.valueOf(max);
        this.decimalMin = BigDecimal.valueOf(min);
        this.decimalMax = BigDecimal.valueOf(max);
    }

    /** Degrees of latitude, -90 to 90. */
    public static RangeRule latitude() {
        return new RangeRule("a latitude (a number from -90 to 90)", -90, 90);
    }

    /** Degrees of longitude, -180 to 180. */
    public static RangeRule longitude() {
        return new RangeRule("a longitude (a number from -180 to 180)", -180, 180);
    }

    @Override
    public ScalarFailure check(JsonNode value) {
        if (!value.isNumber()) {
            return Failures.type(expected, value);
        }
        int below;
        int above;
        switch (value.numberType()) {
            case INT, LONG -> {
                below = Long.compare(value.longValue(), min);
                above = Long.compare(value.longValue(), max);
            }
            case FLOAT, DOUBLE -> {
                double number = value.doubleValue();
                if (Double.isNaN(number)) {
                    return Failures.typeNumber(expected, value);
                }
                below = Double.compare(number, min);
                above = Double.compare(number, max);
            }
            case BIG_INTEGER -> {
                BigInteger number = value.bigIntegerValue();
                below = number.compareTo(bigMin);
                above = number.compareTo(bigMax);
            }
            default -> {
                BigDecimal number = value.decimalValue();
                below = number.compareTo(decimalMin);
                above = number.compareTo(decimalMax);
            }
        }
        if (below < 0) {
            return Failures.minimum(Long.toString(min), value);
        }
        return above > 0 ? Failures.maximum(Long.toString(max), value) : null;
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode node = Fragments.ofType("number");
        node.put("minimum", Math.toIntExact(min));
        node.put("maximum", Math.toIntExact(max));
        return node;
    }
}
