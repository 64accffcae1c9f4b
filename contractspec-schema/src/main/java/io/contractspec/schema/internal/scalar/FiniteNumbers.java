package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.internal.Describe;
import io.contractspec.schema.internal.ScalarFailure;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Numbers every JSON reader can hold: within the range of a double. Read exactly, {@code 1e400}
 * is a valid decimal, but most readers (JavaScript, any double-based parser, a database's
 * double column) turn it into infinity, and infinity is not JSON; so such a number is refused
 * where it enters, wherever it sits in the payload.
 */
final class FiniteNumbers {

    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);
    static final String EXPECTED = "a finite number (within ±" + Double.MAX_VALUE + ")";

    private FiniteNumbers() {}

    static boolean isFinite(JsonNode number) {
        return switch (number.numberType()) {
            case INT, LONG -> true;
            case FLOAT, DOUBLE -> Double.isFinite(number.doubleValue());
            case BIG_INTEGER, BIG_DECIMAL -> number.decimalValue().abs().compareTo(MAX) <= 0;
        };
    }

    /** The first number out of range inside a JSON value (an object, array or a lone number), else null. */
    static ScalarFailure inside(JsonNode value) {
        // the path of the offending number is only built when there is one
        return allFinite(value) ? null : inside(value, "");
    }

    /** Whether every number inside the value is finite; visits the usual node classes without kind calls. */
    private static boolean allFinite(JsonNode value) {
        if (value instanceof TextNode || value instanceof IntNode || value instanceof LongNode
                || value instanceof BooleanNode || value instanceof NullNode) {
            return true;
        }
        if (value instanceof ObjectNode object) {
            for (JsonNode member : object) {
                if (!allFinite(member)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!allFinite(array.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (value.isNumber()) {
            return isFinite(value);
        }
        if (value.isObject() || value.isArray()) {
            for (JsonNode child : value) {
                if (!allFinite(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ScalarFailure inside(JsonNode value, String at) {
        if (value.isNumber()) {
            return isFinite(value) ? null : new ScalarFailure("type", "expected " + EXPECTED + ", got "
                    + Describe.number(value) + (at.isEmpty() ? "" : " at " + at));
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                ScalarFailure failure = inside(member.getValue(), at.isEmpty() ? member.getKey() : at + "." + member.getKey());
                if (failure != null) {
                    return failure;
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                ScalarFailure failure = inside(value.get(i), at + "[" + i + "]");
                if (failure != null) {
                    return failure;
                }
            }
        }
        return null;
    }
}
