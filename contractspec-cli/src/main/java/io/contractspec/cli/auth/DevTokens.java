package io.contractspec.cli.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.contractspec.annotations.Internal;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.rest.auth.JwtAuthenticator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * HS256 bearer tokens of {@code contractspec serve}: issuer {@value #ISSUER}, the organization in
 * {@code org}, roles and permissions as arrays. {@link #mint} and {@link #authenticator} agree on all
 * of it, so a token printed by {@code contractspec token} is accepted by a server on the same
 * secret, until its expiry plus the server's 30 seconds of clock skew.
 */
@Internal
public final class DevTokens {

    public static final String ISSUER = "contractspec";

    private DevTokens() {}

    /** Who a token speaks for and how long it is valid. */
    public record Grant(String user, String organization, List<String> roles, List<String> permissions, Duration ttl) {
        public Grant {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(organization, "organization");
            roles = List.copyOf(roles);
            permissions = List.copyOf(permissions);
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("--ttl must be positive, got " + ttl);
            }
        }
    }

    public static String mint(String secret, Grant grant, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(grant.user())
                .claim("org", grant.organization())
                .claim("roles", grant.roles())
                .claim("permissions", grant.permissions())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(grant.ttl())))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the token", e);
        }
        return jwt.serialize();
    }

    /** Accepts exactly the tokens {@link #mint} makes with the same secret. */
    public static Authenticator authenticator(String secret) {
        return JwtAuthenticator.hs256(secret.getBytes(StandardCharsets.UTF_8)).issuer(ISSUER).build();
    }
}
