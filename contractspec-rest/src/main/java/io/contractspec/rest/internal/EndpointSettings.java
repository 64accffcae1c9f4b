package io.contractspec.rest.internal;

import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.OperationExecutor;
import java.util.Objects;

/** What every operation endpoint shares: the executor, authentication, flags, JSON and limits. */
public record EndpointSettings(OperationExecutor executor, Authenticator authenticator, FlagResolver flags,
        HttpResponses responses, long maxBodyBytes) {

    public EndpointSettings {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(responses, "responses");
    }

    JsonCodec json() {
        return responses.json();
    }
}
