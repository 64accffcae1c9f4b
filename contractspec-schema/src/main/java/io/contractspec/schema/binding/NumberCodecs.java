package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import io.contractspec.schema.internal.Describe;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Codecs for numbers and booleans. */
final class NumberCodecs {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static final ValueCodec LONG = ValueCodec.of(NumberCodecs::readLong, value -> integral((Long) value));

    static final ValueCodec INT = ValueCodec.of(NumberCodecs::readInt, value -> IntNode.valueOf((Integer) value));

    static final ValueCodec BIG_INTEGER = ValueCodec.of(
            node -> wholeNumber(node).toBigIntegerExact(), value -> writeBigInteger((BigInteger) value));

    static final ValueCodec DOUBLE = ValueCodec.of(NumberCodecs::readDouble, value -> writeDouble((Double) value));

    static final ValueCodec BIG_DECIMAL = ValueCodec.of(
            node -> number(node).decimalValue(), value -> DecimalNode.valueOf((BigDecimal) value));

    static final ValueCodec BOOLEAN = ValueCodec.of(NumberCodecs::readBoolean, value -> BooleanNode.valueOf((Boolean) value));

    private NumberCodecs() {}

    private static JsonNode number(JsonNode node) {
        if (!node.isNumber()) {
            throw new Failure("expected a number, got " + Describe.kind(node));
        }
        return node;
    }

    /** The value as an exact whole number; 1.0 counts as 1, as it does for the Int scalar. */
    private static BigDecimal wholeNumber(JsonNode node) {
        if (!number(node).canConvertToExactIntegral()) {
            throw new Failure("expected a whole number, got " + node.asText());
        }
        return node.decimalValue();
    }

    private static Object readLong(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        BigDecimal value = wholeNumber(node);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Failure(value.toPlainString() + " is outside the 64-bit range of Int");
        }
    }

    private static Object readInt(JsonNode node) {
        long value = (Long) readLong(node);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new Failure(value + " does not fit the int component; declare it long to read every Int");
        }
        return (int) value;
    }

    private static Object readDouble(JsonNode node) {
        double value = number(node).doubleValue();
        if (!Double.isFinite(value)) {
            throw new Failure(node.asText() + " is too large for a double; declare the component BigDecimal");
        }
        return value;
    }

    private static Object readBoolean(JsonNode node) {
        if (!node.isBoolean()) {
            throw new Failure("expected a boolean, got " + Describe.kind(node));
        }
        return node.booleanValue();
    }

    /** The smallest node for the value, as a JSON parser would produce it, so trees compare equal. */
    static NumericNode integral(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    private static JsonNode writeBigInteger(BigInteger value) {
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            throw new Failure(value + " is outside the 64-bit range of Int");
        }
        return integral(value.longValue());
    }

    private static JsonNode writeDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new Failure(value + " has no JSON form; only finite numbers can be written");
        }
        return DoubleNode.valueOf(value);
    }
}
