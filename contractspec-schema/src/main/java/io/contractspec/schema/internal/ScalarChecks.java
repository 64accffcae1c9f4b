package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Scalar;

/**
 * Checks a scalar value, calling the rules of the most used scalars through their constants. A
 * call through {@code Scalar.checkValue} reaches every rule class from one site, which the JIT cannot
 * inline; a call on a constant rule it can, down to the string check. Same rules, same results.
 */
final class ScalarChecks {

    private ScalarChecks() {}

    static ScalarFailure check(Scalar scalar, JsonNode value) {
        if (scalar == Scalar.ID) {
            return ScalarRules.ID.check(value);
        }
        if (scalar == Scalar.NON_EMPTY_STRING) {
            return ScalarRules.NON_EMPTY_STRING.check(value);
        }
        if (scalar == Scalar.DATE_TIME) {
            return ScalarRules.DATE_TIME.check(value);
        }
        if (scalar == Scalar.STRING) {
            return ScalarRules.STRING.check(value);
        }
        if (scalar == Scalar.INT) {
            return ScalarRules.INT.check(value);
        }
        if (scalar == Scalar.JSON_OBJECT) {
            return ScalarRules.JSON_OBJECT.check(value);
        }
        return scalar.checkValue(value);
    }
}
