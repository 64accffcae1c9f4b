package io.contractspec.rest.auth;

import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.RequestHeaders;
import java.util.Optional;

/**
 * Turns request headers into a principal. A request without credentials is anonymous (the
 * operation's policy then decides whether that is enough); a request with credentials that do not
 * hold is rejected with 401.
 */
@FunctionalInterface
@PublicApi
public interface Authenticator {

    /** Every request is anonymous. */
    Authenticator ANONYMOUS = headers -> AuthenticationResult.anonymous();

    AuthenticationResult authenticate(RequestHeaders headers);

    /**
     * The {@code WWW-Authenticate} challenge sent with a 401 when an operation needs a principal and
     * the request brought no credentials, e.g. {@code Bearer}. Empty for none.
     */
    default Optional<String> challenge() {
        return Optional.empty();
    }

    /** The OpenAPI security scheme for the credentials this authenticator reads, if it has one. */
    default Optional<SecurityScheme> securityScheme() {
        return Optional.empty();
    }
}
