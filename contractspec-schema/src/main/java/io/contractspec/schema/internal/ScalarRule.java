package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** The wire check of one scalar. Internal: scalars are a closed set defined by {@code Scalar}. */
@FunctionalInterface
public interface ScalarRule {

    /**
     * Checks a non-null JSON value.
     *
     * @return {@code null} when the value is valid (so the valid path allocates nothing), else why not
     */
    ScalarFailure check(JsonNode value);
}
