package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A value a scalar rejects, with the validation code it is rejected with. */
public record InvalidSample(JsonNode value, String code) {

    public InvalidSample {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
    }
}
