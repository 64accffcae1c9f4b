package io.contractspec.rest.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import io.contractspec.annotations.PublicApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Configures a {@link JwtAuthenticator}; obtained from {@code JwtAuthenticator.hs256/rs256}. */
@PublicApi
public final class JwtAuthenticatorBuilder {

    private final JWSAlgorithm algorithm;
    private final JWKSource<SecurityContext> keySource;
    private String issuer;
    private final Set<String> audiences = new LinkedHashSet<>();
    private String organizationClaim = "org";
    private String rolesClaim = "roles";
    private String permissionsClaim = "permissions";
    private Duration clockSkew = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private boolean requireExpiration = true;

    JwtAuthenticatorBuilder(JWSAlgorithm algorithm, JWKSource<SecurityContext> keySource) {
        this.algorithm = algorithm;
        this.keySource = Objects.requireNonNull(keySource, "keySource");
    }

    /** The {@code iss} every token must carry exactly; unchecked when not set. */
    public JwtAuthenticatorBuilder issuer(String issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        return this;
    }

    /** Accepted audiences: a token's {@code aud} must contain one of them; unchecked when none is set. */
    public JwtAuthenticatorBuilder audience(String... accepted) {
        audiences.addAll(List.of(accepted));
        return this;
    }

    /** The claim holding the organization id (default {@code org}); a token without it has organization "". */
    public JwtAuthenticatorBuilder organizationClaim(String claim) {
        this.organizationClaim = Objects.requireNonNull(claim, "claim");
        return this;
    }

    /** The claim holding the roles (default {@code roles}). */
    public JwtAuthenticatorBuilder rolesClaim(String claim) {
        this.rolesClaim = Objects.requireNonNull(claim, "claim");
        return this;
    }

    /** The claim holding the permissions (default {@code permissions}; {@code scope} is a common choice). */
    public JwtAuthenticatorBuilder permissionsClaim(String claim) {
        this.permissionsClaim = Objects.requireNonNull(claim, "claim");
        return this;
    }

    /** How far {@code exp} and {@code nbf} may be off (default 30 seconds). */
    public JwtAuthenticatorBuilder clockSkew(Duration skew) {
        if (skew.isNegative() || skew.getSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("clock skew must be between 0 and " + Integer.MAX_VALUE + " seconds");
        }
        this.clockSkew = skew;
        return this;
    }

    /** The clock that decides whether a token has expired (default: the system clock). */
    public JwtAuthenticatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Whether a token without {@code exp} is rejected (default true). */
    public JwtAuthenticatorBuilder requireExpiration(boolean require) {
        this.requireExpiration = require;
        return this;
    }

    public JwtAuthenticator build() {
        return new JwtAuthenticator(this);
    }

    JWSAlgorithm algorithm() {
        return algorithm;
    }

    JWKSource<SecurityContext> keySource() {
        return keySource;
    }

    ClaimsPrincipal claimsPrincipal() {
        return new ClaimsPrincipal(organizationClaim, rolesClaim, permissionsClaim);
    }

    DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier() {
        JWTClaimsSet exact = issuer == null ? null : new JWTClaimsSet.Builder().issuer(issuer).build();
        Set<String> required = new HashSet<>(Set.of("sub"));
        if (requireExpiration) {
            required.add("exp");
        }
        Set<String> accepted = audiences.isEmpty() ? null : Set.copyOf(audiences);
        Clock verifierClock = clock;
        DefaultJWTClaimsVerifier<SecurityContext> verifier =
                new DefaultJWTClaimsVerifier<>(accepted, exact, required, null) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(verifierClock.instant());
                    }
                };
        verifier.setMaxClockSkew((int) clockSkew.getSeconds());
        return verifier;
    }
}
