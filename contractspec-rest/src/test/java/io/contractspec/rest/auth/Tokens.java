package io.contractspec.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** Keys, a fixed clock and signed tokens for the JWT tests. */
public final class Tokens {

    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String ISSUER = "https://login.example.com/";
    public static final String AUDIENCE = "items-api";
    public static final byte[] SECRET = "0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
    public static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210-test".getBytes(StandardCharsets.UTF_8);
    public static final RSAKey RSA = generate("key-1");
    public static final RSAKey OTHER_RSA = generate("key-1");
    public static final JWKSet JWKS = new JWKSet(RSA.toPublicJWK());

    private Tokens() {}

    /** Valid claims: subject, issuer, audience, one hour left, organization, roles and permissions. */
    public static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .subject("user-7")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(NOW.minusSeconds(60)))
                .expirationTime(Date.from(NOW.plusSeconds(3600)))
                .claim("org", "org-1")
                .claim("roles", List.of("editor", "viewer"))
                .claim("permissions", "items.read items.write");
    }

    public static String hs256(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(JWSAlgorithm.HS256, null, signer(SECRET), change.apply(claims()).build());
    }

    public static String hs256(byte[] secret, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(JWSAlgorithm.HS256, null, signer(secret), change.apply(claims()).build());
    }

    public static String rs256(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            return sign(JWSAlgorithm.RS256, key.getKeyID(), new RSASSASigner(key), change.apply(claims()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned() {
        return new PlainJWT(claims().build()).serialize();
    }

    public static JwtAuthenticator hs256Authenticator() {
        return JwtAuthenticator.hs256(SECRET).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build();
    }

    public static JwtAuthenticator rs256Authenticator() {
        return JwtAuthenticator.rs256(JWKS).issuer(ISSUER).audience(AUDIENCE).clock(CLOCK).build();
    }

    private static JWSSigner signer(byte[] secret) {
        try {
            return new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSAlgorithm algorithm, String keyId, JWSSigner signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
