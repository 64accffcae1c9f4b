package io.contractspec.rest;

import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * A test authenticator through the SPI: {@code X-User: id[,role…]} is the principal, {@code X-User: !}
 * is a credential that does not hold.
 */
final class HeaderUserAuthenticator implements Authenticator {

    @Override
    public AuthenticationResult authenticate(RequestHeaders headers) {
        Optional<String> user = headers.first("X-User");
        if (user.isEmpty()) {
            return AuthenticationResult.anonymous();
        }
        if (user.get().equals("!")) {
            return AuthenticationResult.rejected("The X-User credential is revoked.", "XUser error=\"revoked\"");
        }
        String[] parts = user.get().split(",");
        Set<String> roles = Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length));
        return AuthenticationResult.authenticated(new Principal(parts[0], "org-1", roles, Set.of()));
    }

    @Override
    public Optional<String> challenge() {
        return Optional.of("XUser");
    }
}
