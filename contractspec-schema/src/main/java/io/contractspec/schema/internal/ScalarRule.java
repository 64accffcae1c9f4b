package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire check of one scalar and the JSON Schema fragment that states the same check.
 * Internal: scalars are a closed set defined by {@code Scalar}.
 */
public interface ScalarRule {

    /**
     * Checks a non-null JSON value.
     *
     * @return {@code null} when the value is valid (so the valid path allocates nothing), else why not
     */
    ScalarFailure check(JsonNode value);

    /**
     * A fresh JSON Schema 2020-12 fragment that accepts exactly the values {@link #check} accepts,
     * using only portable keywords and ECMA-262 patterns.
     */
    ObjectNode jsonSchema();
}
