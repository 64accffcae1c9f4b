package io.contractspec.rest.auth;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.Principal;
import java.util.Objects;

/** What an {@link Authenticator} found: no credentials, a principal, or credentials that do not hold. */
@PublicApi
public sealed interface AuthenticationResult {

    static AuthenticationResult anonymous() {
        return Anonymous.INSTANCE;
    }

    static AuthenticationResult authenticated(Principal principal) {
        return new Authenticated(principal);
    }

    /**
     * Credentials were given but do not hold: answered with 401.
     *
     * @param detail    a message safe to show the caller, e.g. "The token has expired."
     * @param challenge the {@code WWW-Authenticate} value, e.g. {@code Bearer error="invalid_token"}
     */
    static AuthenticationResult rejected(String detail, String challenge) {
        return new Rejected(detail, challenge);
    }

    /** The credentials could not be checked right now (e.g. the key set is unreachable): answered with 503. */
    static AuthenticationResult unavailable(String detail) {
        return new Unavailable(detail);
    }

    /** No credentials. */
    final class Anonymous implements AuthenticationResult {
        private static final Anonymous INSTANCE = new Anonymous();

        private Anonymous() {}

        @Override
        public String toString() {
            return "Anonymous";
        }
    }

    record Authenticated(Principal principal) implements AuthenticationResult {
        public Authenticated {
            Objects.requireNonNull(principal, "principal");
        }
    }

    record Rejected(String detail, String challenge) implements AuthenticationResult {
        public Rejected {
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(challenge, "challenge");
        }
    }

    record Unavailable(String detail) implements AuthenticationResult {
        public Unavailable {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
