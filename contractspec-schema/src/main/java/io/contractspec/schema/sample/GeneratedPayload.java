package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/** A generated payload: valid as built, or carrying the one {@link Mutation} that should make it invalid. */
@PublicApi
public record GeneratedPayload(JsonNode payload, Optional<Mutation> mutation) {

    public GeneratedPayload {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(mutation, "mutation");
    }

    static GeneratedPayload valid(JsonNode payload) {
        return new GeneratedPayload(payload, Optional.empty());
    }

    static GeneratedPayload mutated(JsonNode payload, Mutation mutation) {
        return new GeneratedPayload(payload, Optional.of(mutation));
    }

    /** True when the payload was built to be valid (no mutation). */
    public boolean intendedValid() {
        return mutation.isEmpty();
    }

    @Override
    public String toString() {
        return mutation.map(Mutation::toString).orElse("valid") + ": " + payload;
    }
}
