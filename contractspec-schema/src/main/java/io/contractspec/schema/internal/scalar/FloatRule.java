package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;

/**
 * Any JSON number. Every number written in JSON text is finite; NaN and ±Infinity are not JSON
 * values but a lenient parser ({@code ALLOW_NON_NUMERIC_NUMBERS}) or a double overflowing on a
 * literal such as {@code 1e400} can produce them, and they are rejected with {@code type}. Parse
 * with {@code USE_BIG_DECIMAL_FOR_FLOATS} to keep such literals.
 */
public final class FloatRule implements ScalarRule {

    private static final String EXPECTED = "a finite number";

    @Override
    public ScalarFailure check(JsonNode value) {
        if (!value.isNumber()) {
            return Failures.type("a number", value);
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return Failures.typeNumber(EXPECTED, value);
        }
        return null;
    }

    @Override
    public ObjectNode jsonSchema() {
        return Fragments.ofType("number");
    }
}
