package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;
import java.math.BigDecimal;

/**
 * A JSON number whose mathematical value is an integer in [-2^63, 2^63-1]. The decision is exact
 * for every node Jackson may produce: {@code 1.0} and {@code 1e2} are integers, {@code 1.5} is not
 * ({@code type}); out of range is {@code minimum} or {@code maximum}, never rounded into range.
 * A non-finite double (only a lenient or overflowing parser makes one) is {@code type} for NaN and
 * out of range for ±Infinity.
 */
public final class IntRule implements ScalarRule {

    private static final String EXPECTED = "an integer";
    private static final String MIN_TEXT = Long.toString(Long.MIN_VALUE);
    private static final String MAX_TEXT = Long.toString(Long.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** 2^63 as a double; doubles at or above it are out of range, -2^63 itself is in range. */
    private static final double TWO_POW_63 = 0x1p63;

    @Override
    public ScalarFailure check(JsonNode value) {
        if (value instanceof IntNode || value instanceof LongNode) {
            return null;
        }
        if (!value.isNumber()) {
            return Failures.type(EXPECTED, value);
        }
        return switch (value.numberType()) {
            case INT, LONG -> null;
            case BIG_INTEGER -> checkRange(value.bigIntegerValue().bitLength() <= 63, value.bigIntegerValue().signum(), value);
            case FLOAT, DOUBLE -> checkDouble(value.doubleValue(), value);
            case BIG_DECIMAL -> checkDecimal(value.decimalValue(), value);
        };
    }

    private static ScalarFailure checkDouble(double number, JsonNode value) {
        if (Double.isNaN(number) || !Double.isInfinite(number) && number != Math.rint(number)) {
            return Failures.typeNumber(EXPECTED, value);
        }
        return checkRange(number >= -TWO_POW_63 && number < TWO_POW_63, (int) Math.signum(number), value);
    }

    private static ScalarFailure checkDecimal(BigDecimal number, JsonNode value) {
        if (!isIntegral(number)) {
            return Failures.typeNumber(EXPECTED, value);
        }
        return checkRange(number.compareTo(MIN) >= 0 && number.compareTo(MAX) <= 0, number.signum(), value);
    }

    /** Exact: a zero-or-negative scale is integral; otherwise the fraction digits must all be zero. */
    static boolean isIntegral(BigDecimal number) {
        return number.scale() <= 0 || number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static ScalarFailure checkRange(boolean inRange, int signum, JsonNode value) {
        if (inRange) {
            return null;
        }
        return signum < 0 ? Failures.minimum(MIN_TEXT, value) : Failures.maximum(MAX_TEXT, value);
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode node = Fragments.ofType("integer");
        node.put("minimum", Long.MIN_VALUE);
        node.put("maximum", Long.MAX_VALUE);
        return node;
    }
}
