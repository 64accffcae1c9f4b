package io.contractspec.runtime.authorization;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import java.util.Objects;

/** What an {@link Authorizer} decided: allowed, or denied with the requirement the caller did not meet. */
@PublicApi
public sealed interface AuthorizationDecision {

    AuthorizationDecision ALLOWED = new Allowed();

    static AuthorizationDecision allowed() {
        return ALLOWED;
    }

    /** Denied with 403; the requirement is shown to the caller, so it names the rule, never what they hold. */
    static AuthorizationDecision forbidden(String requirement) {
        return new Denied(StandardCode.FORBIDDEN, requirement);
    }

    /** Denied with 401: the call needs a principal. */
    static AuthorizationDecision unauthenticated(String requirement) {
        return new Denied(StandardCode.UNAUTHENTICATED, requirement);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The call may proceed. */
    record Allowed() implements AuthorizationDecision {}

    /** The call is refused with {@code code} (FORBIDDEN or UNAUTHENTICATED) because of {@code requirement}. */
    record Denied(StandardCode code, String requirement) implements AuthorizationDecision {
        public Denied {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(requirement, "requirement");
            if (code != StandardCode.FORBIDDEN && code != StandardCode.UNAUTHENTICATED) {
                throw new IllegalArgumentException("a denial is FORBIDDEN or UNAUTHENTICATED, got " + code);
            }
        }
    }
}
