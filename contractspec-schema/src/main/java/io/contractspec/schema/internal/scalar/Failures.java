package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.internal.Describe;
import io.contractspec.schema.internal.ScalarFailure;

/** The failures scalar rules report; built only when a value is rejected. */
final class Failures {

    private Failures() {}

    /** The value has the wrong JSON kind (or is not a whole number where one is needed). */
    static ScalarFailure type(String expected, JsonNode value) {
        return new ScalarFailure("type", "expected " + expected + ", got " + Describe.kind(value));
    }

    /** A number that is not what is expected, e.g. "expected an integer, got 1.5". */
    static ScalarFailure typeNumber(String expected, JsonNode value) {
        return new ScalarFailure("type", "expected " + expected + ", got " + Describe.number(value));
    }

    /** A string of the wrong shape or content. */
    static ScalarFailure format(String expected, String text) {
        return new ScalarFailure("format", "expected " + expected + ", got " + Describe.quote(text));
    }

    static ScalarFailure minimum(String bound, JsonNode value) {
        return new ScalarFailure("minimum", "must be >= " + bound + ", got " + Describe.number(value));
    }

    static ScalarFailure maximum(String bound, JsonNode value) {
        return new ScalarFailure("maximum", "must be <= " + bound + ", got " + Describe.number(value));
    }
}
