package io.contractspec.schema.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Scalar;
import java.util.List;

/**
 * Example wire values of the built-in scalars, from which {@link PayloadGenerator} builds payloads.
 * Return the same lists in the same order for the same scalar: generation is deterministic for a
 * seed only then.
 */
@PublicApi
public interface ScalarSampler {

    /** Values the scalar accepts; at least one for every scalar. */
    List<JsonNode> valid(Scalar scalar);

    /** Non-null values the scalar rejects; empty when every value of its JSON kind is accepted. */
    List<JsonNode> invalid(Scalar scalar);
}
