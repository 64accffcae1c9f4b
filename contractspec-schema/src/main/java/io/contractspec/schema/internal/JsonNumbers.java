package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/** JSON number nodes for exact decimals, written the way people write numbers. */
public final class JsonNumbers {

    private JsonNumbers() {}

    /** Integral values as integer nodes (5, not 5.0 or 5E+0; long when it fits), others as exact decimals. */
    public static JsonNode of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return JsonNodeFactory.instance.numberNode(stripped);
        }
        BigInteger integral = stripped.toBigIntegerExact();
        return integral.bitLength() < Long.SIZE
                ? JsonNodeFactory.instance.numberNode(integral.longValue())
                : JsonNodeFactory.instance.numberNode(integral);
    }
}
