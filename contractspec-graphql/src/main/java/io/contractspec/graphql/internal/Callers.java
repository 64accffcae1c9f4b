package io.contractspec.graphql.internal;

import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.Principal;
import java.util.Optional;

/**
 * Turns request headers into the caller of a GraphQL request, with the REST surface's
 * {@link Authenticator}: no credentials = anonymous, credentials that do not hold = refused (401).
 */
public final class Callers {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final Authenticator authenticator;
    private final FlagResolver flags;

    public Callers(Authenticator authenticator, FlagResolver flags) {
        this.authenticator = authenticator;
        this.flags = flags;
    }

    public RequestContext context(RequestHeaders headers, String traceId) {
        Optional<Principal> principal = principal(headers);
        return new RequestContext(principal, flags.flags(headers, principal), traceId,
                idempotencyKey(headers.first(IDEMPOTENCY_KEY).orElse(null)));
    }

    /** The {@code WWW-Authenticate} challenge for a request that brought no credentials, if any. */
    public Optional<String> challenge() {
        return authenticator.challenge();
    }

    private Optional<Principal> principal(RequestHeaders headers) {
        AuthenticationResult result = authenticator.authenticate(headers);
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            return Optional.of(authenticated.principal());
        }
        if (result instanceof AuthenticationResult.Rejected rejected) {
            throw new Refusal(StandardCode.UNAUTHENTICATED, rejected.detail(), rejected.challenge());
        }
        if (result instanceof AuthenticationResult.Unavailable unavailable) {
            throw new Refusal(StandardCode.UNAVAILABLE, unavailable.detail());
        }
        return Optional.empty();
    }

    private static Optional<String> idempotencyKey(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty() || value.length() > MAX_IDEMPOTENCY_KEY || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new Refusal(StandardCode.BAD_REQUEST,
                    "Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters.");
        }
        return Optional.of(value);
    }
}
