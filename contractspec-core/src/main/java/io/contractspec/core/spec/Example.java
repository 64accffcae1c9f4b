package io.contractspec.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.JsonValues;
import java.util.Objects;
import java.util.Optional;

/**
 * An executable example: an input and either the expected output (a subset of the real output) or
 * the error code the call must fail with. Fixtures for it are registered under its key. Payloads
 * compare as JSON values ({@link JsonValues#equal}): numbers by value, members in any order.
 */
@PublicApi
public final class Example {

    private final String key;
    private final JsonNode input;
    private final JsonNode output;
    private final String errorCode;

    private Example(String key, JsonNode input, JsonNode output, String errorCode) {
        if (!AcceptanceKeys.isValid(key)) {
            throw new IllegalArgumentException("example key '" + key + "' " + AcceptanceKeys.RULE);
        }
        this.key = key;
        this.input = Objects.requireNonNull(input, "example " + key + ": input").deepCopy();
        this.output = output == null ? null : output.deepCopy();
        if (errorCode != null && !ErrorSpec.isValidCode(errorCode)) {
            throw new IllegalArgumentException("example " + key + ": error code '" + errorCode + "' must be UPPER_SNAKE_CASE");
        }
        this.errorCode = errorCode;
    }

    /** An example that succeeds with (at least) the given output. */
    public static Example succeeding(String key, JsonNode input, JsonNode output) {
        return new Example(key, input, Objects.requireNonNull(output, "example " + key + ": output"), null);
    }

    /** An example that fails with the given error code. */
    public static Example failing(String key, JsonNode input, String errorCode) {
        return new Example(key, input, null, Objects.requireNonNull(errorCode, "example " + key + ": error code"));
    }

    public String key() {
        return key;
    }

    /** A copy of the input. */
    public JsonNode input() {
        return input.deepCopy();
    }

    /** A copy of the expected output, when the example succeeds. */
    public Optional<JsonNode> output() {
        return Optional.ofNullable(output).map(JsonNode::deepCopy);
    }

    /** The expected error code, when the example fails. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Example other
                && key.equals(other.key)
                && JsonValues.equal(input, other.input)
                && JsonValues.equal(output, other.output)
                && Objects.equals(errorCode, other.errorCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, JsonValues.hash(input), JsonValues.hash(output), errorCode);
    }

    @Override
    public String toString() {
        return "Example[" + key + "]";
    }
}
