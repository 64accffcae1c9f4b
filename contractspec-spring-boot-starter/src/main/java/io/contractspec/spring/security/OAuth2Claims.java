package io.contractspec.spring.security;

import org.springframework.security.oauth2.core.ClaimAccessor;

/** Reads a claim of an OAuth2 principal (a {@code Jwt}, an OIDC user); loaded only when OAuth2 is on the classpath. */
final class OAuth2Claims {

    private OAuth2Claims() {}

    static String claim(Object principal, String name) {
        return principal instanceof ClaimAccessor claims ? claims.getClaimAsString(name) : null;
    }
}
