package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;

/**
 * Any JSON number. Every number written in JSON text is finite; NaN and ±Infinity are not JSON
 * values but a lenient parser ({@code ALLOW_NON_NUMERIC_NUMBERS}) or a double overflowing on a
 * literal such as {@code 1e400} can produce them, and they are rejected with {@code type}; so is an
 * exact decimal beyond the range of a double, which other readers would turn into infinity.
 */
public final class FloatRule implements ScalarRule {

    @Override
    public ScalarFailure check(JsonNode value) {
        if (!value.isNumber()) {
            return Failures.type("a number", value);
        }
        if (!FiniteNumbers.isFinite(value)) {
            return Failures.typeNumber(FiniteNumbers.EXPECTED, value);
        }
        return null;
    }

    @Override
    public ObjectNode jsonSchema() {
        return Fragments.ofType("number");
    }
}
