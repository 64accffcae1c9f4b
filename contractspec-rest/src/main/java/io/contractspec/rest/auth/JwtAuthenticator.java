package io.contractspec.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.RequestHeaders;
import java.net.URL;
import java.text.ParseException;
import java.util.Optional;

/**
 * Bearer-token authentication with signed JWTs (nimbus-jose-jwt): HS256 with a shared secret, or
 * RS256 with the keys of a JWKS (a URL, fetched and cached, or a {@link JWKSet}).
 *
 * <p>No {@code Authorization} header: anonymous. A token with a bad signature, another algorithm,
 * the wrong issuer or audience, expired (beyond the clock skew), not yet valid, without a subject,
 * or malformed: rejected with 401 and {@code WWW-Authenticate: Bearer error="invalid_token"}.
 * Claims become the principal: {@code sub}, the organization claim (default {@code org}), roles
 * and permissions (each a JSON array of strings or one space-separated string).
 *
 * <pre>{@code
 * Authenticator jwt = JwtAuthenticator.rs256(new URL("https://login.example.com/.well-known/jwks.json"))
 *     .issuer("https://login.example.com/").audience("workflow-api").build();
 * }</pre>
 */
@PublicApi
public final class JwtAuthenticator implements Authenticator {

    static final String CHALLENGE = "Bearer";
    private static final String BEARER_PREFIX = "Bearer ";

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ClaimsPrincipal claims;

    JwtAuthenticator(JwtAuthenticatorBuilder builder) {
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(builder.algorithm(), builder.keySource()));
        processor.setJWTClaimsSetVerifier(builder.claimsVerifier());
        this.claims = builder.claimsPrincipal();
    }

    /** HS256 with a shared secret of at least 32 bytes. */
    public static JwtAuthenticatorBuilder hs256(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("an HS256 secret needs at least 32 bytes (256 bits)");
        }
        return new JwtAuthenticatorBuilder(JWSAlgorithm.HS256, new ImmutableSecret<>(secret.clone()));
    }

    /** RS256 with the keys of a fixed key set. */
    public static JwtAuthenticatorBuilder rs256(JWKSet keys) {
        return new JwtAuthenticatorBuilder(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.toPublicJWKSet()));
    }

    /** RS256 with the keys published at a JWKS URL, fetched on demand, cached and refreshed. */
    public static JwtAuthenticatorBuilder rs256(URL jwksUrl) {
        JWKSource<SecurityContext> source = JWKSourceBuilder.create(jwksUrl).build();
        return new JwtAuthenticatorBuilder(JWSAlgorithm.RS256, source);
    }

    @Override
    public AuthenticationResult authenticate(RequestHeaders headers) {
        Optional<String> header = headers.first("Authorization");
        if (header.isEmpty()) {
            return AuthenticationResult.anonymous();
        }
        String value = header.get().trim();
        if (!value.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return AuthenticationResult.rejected("Only bearer tokens are accepted.", CHALLENGE);
        }
        String token = value.substring(BEARER_PREFIX.length()).trim();
        if (token.isEmpty()) {
            return invalid("The bearer token is empty.");
        }
        try {
            return claims.principal(processor.process(token, null));
        } catch (ParseException e) {
            return invalid("The token is not a well-formed JWT.");
        } catch (ExpiredJWTException e) {
            return invalid("The token has expired.");
        } catch (BadJWTException e) {
            return invalid("The token's claims are not accepted (issuer, audience, validity period or subject).");
        } catch (BadJWSException e) {
            return invalid("The token's signature is invalid.");
        } catch (BadJOSEException e) {
            return invalid("The token is not signed with an accepted algorithm and key.");
        } catch (KeySourceException e) {
            log(e);
            return AuthenticationResult.unavailable("The keys to verify the token cannot be loaded right now.");
        } catch (JOSEException e) {
            return invalid("The token could not be verified.");
        }
    }

    static AuthenticationResult invalid(String detail) {
        return AuthenticationResult.rejected(detail,
                CHALLENGE + " error=\"invalid_token\", error_description=\"" + detail.replace("\"", "'") + "\"");
    }

    @Override
    public Optional<String> challenge() {
        return Optional.of(CHALLENGE);
    }

    @Override
    public Optional<SecurityScheme> securityScheme() {
        return Optional.of(SecurityScheme.bearer("JWT"));
    }

    private static void log(Exception e) {
        System.getLogger(JwtAuthenticator.class.getName())
                .log(System.Logger.Level.WARNING, "JWT keys unavailable: " + e.getMessage());
    }
}
