package io.contractspec.examples.workflow.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.auth.JwtAuthenticator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The application's bearer tokens: HS256, issuer {@value #ISSUER}, audience {@value #AUDIENCE},
 * the organization in {@code org}, roles and permissions as arrays. {@link #issue} and
 * {@link #authenticator} agree on all of it, so a token printed by the {@code token} command is
 * accepted by a server that resolved the same secret.
 */
public final class Tokens {

    public static final String ISSUER = "workflow-system";
    public static final String AUDIENCE = "workflow-api";

    private Tokens() {}

    /** Who a token speaks for and how long it is valid. */
    public record Grant(String user, String organization, List<String> roles, List<String> permissions, Duration ttl) {
        public Grant {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(organization, "organization");
            roles = List.copyOf(roles);
            permissions = List.copyOf(permissions);
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("the token lifetime must be positive, got " + ttl);
            }
        }
    }

    /** A signed, compact JWT for the grant, issued now. */
    public static String issue(String secret, Grant grant, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(grant.user())
                .claim("org", grant.organization())
                .claim("roles", grant.roles())
                .claim("permissions", grant.permissions())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(grant.ttl())))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(JwtSecrets.bytes(secret)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the token", e);
        }
        return jwt.serialize();
    }

    /** Accepts exactly the tokens {@link #issue} makes with the same secret (and rejects expired ones). */
    public static Authenticator authenticator(String secret) {
        return JwtAuthenticator.hs256(JwtSecrets.bytes(secret)).issuer(ISSUER).audience(AUDIENCE).build();
    }
}
