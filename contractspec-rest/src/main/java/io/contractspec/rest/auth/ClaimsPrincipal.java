package io.contractspec.rest.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.contractspec.runtime.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Maps verified claims to a principal; a claim of the wrong shape rejects the token. */
final class ClaimsPrincipal {

    private final String organizationClaim;
    private final String rolesClaim;
    private final String permissionsClaim;

    ClaimsPrincipal(String organizationClaim, String rolesClaim, String permissionsClaim) {
        this.organizationClaim = organizationClaim;
        this.rolesClaim = rolesClaim;
        this.permissionsClaim = permissionsClaim;
    }

    AuthenticationResult principal(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            return JwtAuthenticator.invalid("The token has no subject.");
        }
        Object organization = claims.getClaim(organizationClaim);
        if (organization != null && !(organization instanceof String)) {
            return JwtAuthenticator.invalid("The token's '" + organizationClaim + "' claim is not a string.");
        }
        Set<String> roles = strings(claims.getClaim(rolesClaim));
        Set<String> permissions = strings(claims.getClaim(permissionsClaim));
        if (roles == null || permissions == null) {
            return JwtAuthenticator.invalid("The token's roles or permissions are neither a list of strings nor a"
                    + " space-separated string.");
        }
        return AuthenticationResult.authenticated(
                new Principal(subject, organization == null ? "" : (String) organization, roles, permissions));
    }

    /** A JSON array of strings or one space-separated string; null for any other shape. */
    private static Set<String> strings(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof String text) {
            for (String value : text.trim().split("\\s+")) {
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
            return values;
        }
        if (claim instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String value)) {
                    return null;
                }
                values.add(value);
            }
            return values;
        }
        return null;
    }
}
