package io.contractspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call began with: the operation key the caller named (not yet resolved), the version it
 * asked for, the context, and the input when the surface passed it already parsed (surfaces that
 * hand over a body have it read in the {@link Stage#PARSE_INPUT} stage).
 */
@PublicApi
public final class CallParameters {

    private final String operationKey;
    private final String version;
    private final JsonNode input;
    private final CallContext context;

    public CallParameters(String operationKey, String version, JsonNode input, CallContext context) {
        this.operationKey = Objects.requireNonNull(operationKey, "operationKey");
        this.version = version;
        this.input = input;
        this.context = Objects.requireNonNull(context, "context");
    }

    public String operationKey() {
        return operationKey;
    }

    /** The version asked for; empty means the latest. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public Optional<JsonNode> input() {
        return Optional.ofNullable(input);
    }

    public CallContext context() {
        return context;
    }
}
