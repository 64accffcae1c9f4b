package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * The input of a call as a surface hands it over: read by the pipeline in its
 * {@link Stage#PARSE_INPUT} stage, after authentication, authorization and rate limiting, so an
 * anonymous caller with a malformed body gets 401, not 400, and a body refused with 400, 413 or
 * 415 is heard by listeners and recorded on the call's span like any other failure.
 *
 * <p>A surface implements {@link #read()} with its own transport limits (a REST endpoint reads the
 * request body up to its size limit) and throws {@link InputRejectedException} for input it cannot
 * take.
 */
@FunctionalInterface
@PublicApi
public interface CallInput {

    /**
     * @return the input as JSON (null or a missing node for none)
     * @throws InputRejectedException when the body is malformed (400), too large (413) or not JSON (415)
     */
    JsonNode read();

    /** Input the surface already holds as JSON. */
    static CallInput of(JsonNode input) {
        Objects.requireNonNull(input, "input");
        return () -> input;
    }
}
