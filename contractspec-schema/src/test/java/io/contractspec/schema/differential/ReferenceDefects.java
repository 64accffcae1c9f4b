package io.contractspec.schema.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Payloads on which the reference (networknt 1.5.9) is known to misjudge, so a disagreement there
 * is counted as a known deviation instead of a mismatch. There is one: for {@code type: integer}
 * with the 64-bit bounds it compares non-integral number nodes (1.0E19, -9.223372036854776E18)
 * through {@code asLong()}, which saturates or wraps, so values just past the bounds pass. Our
 * validator compares exactly.
 */
final class ReferenceDefects {

    private static final BigDecimal NEAR_LONG_LIMIT = new BigDecimal(Long.MAX_VALUE).subtract(BigDecimal.valueOf(4096));

    private ReferenceDefects() {}

    /** True when the payload holds a fractional-notation number at or past the 64-bit range. */
    static boolean explainsDisagreement(JsonNode payload) {
        if (payload.isNumber()) {
            return !payload.isIntegralNumber() && payload.decimalValue().abs().compareTo(NEAR_LONG_LIMIT) >= 0;
        }
        for (JsonNode child : payload) {
            if (explainsDisagreement(child)) {
                return true;
            }
        }
        return false;
    }
}
