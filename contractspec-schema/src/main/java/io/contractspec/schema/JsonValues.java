package io.contractspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON value semantics for example payloads and defaults: two nodes are equal when they are the
 * same JSON value. Numbers compare by numeric value, whatever Jackson node type holds them
 * ({@code 5}, {@code 5L}, {@code 5.0} and {@code 5.00} are one value); object members compare
 * regardless of order. {@link JsonNode#equals} is stricter (an {@code IntNode} never equals a
 * {@code LongNode}), which would make a spec unequal to itself after a trip through JSON text.
 */
@PublicApi
public final class JsonValues {

    /** 17 significant digits always identify a double exactly. */
    private static final int MAX_DOUBLE_DIGITS = 17;

    private JsonValues() {}

    /** True when both are the same JSON value; two {@code null} references are equal. */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isObject()) {
            return objectsEqual(a, b);
        }
        if (a.isArray()) {
            return arraysEqual(a, b);
        }
        return a.equals(b);
    }

    /** A hash code consistent with {@link #equal}; 0 for {@code null}. */
    public static int hash(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isNumber()) {
            return decimal(node).hashCode();
        }
        int hash = node.getNodeType().hashCode();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                hash += member.getKey().hashCode() ^ hash(member.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                hash = 31 * hash + hash(item);
            }
        } else {
            hash = node.hashCode();
        }
        return hash;
    }

    /**
     * The canonical decimal of a number node, without trailing zeros: exact for integers and
     * decimals; for a binary floating-point value the shortest decimal (by correctly rounded
     * significant digits) that reads back as the same double. It does not depend on
     * {@link Double#toString}, whose output differs between Java releases.
     *
     * @throws IllegalArgumentException for a node that is not a number, or NaN and infinities
     */
    public static BigDecimal decimal(JsonNode number) {
        if (number == null || !number.isNumber()) {
            throw new IllegalArgumentException("not a JSON number: " + number);
        }
        BigDecimal value = number.isDouble() || number.isFloat()
                ? shortestDecimal(number.doubleValue())
                : number.decimalValue();
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static BigDecimal shortestDecimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < MAX_DOUBLE_DIGITS; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(candidate.toString()) == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(MAX_DOUBLE_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static boolean objectsEqual(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = a.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!equal(member.getValue(), b.get(member.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean arraysEqual(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
