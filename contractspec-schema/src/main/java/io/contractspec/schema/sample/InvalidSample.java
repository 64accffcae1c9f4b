package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/** A value a scalar rejects, with the validation code it is rejected with. */
@PublicApi
public record InvalidSample(JsonNode value, String code) {

    public InvalidSample {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
    }
}
