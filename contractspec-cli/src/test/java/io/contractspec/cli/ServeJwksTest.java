package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.contractspec.cli.fixture.NotesExecutorFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** {@code serve --jwks-url}: tokens of a real identity provider (RS256, keys published as a JWKS over HTTP). */
class ServeJwksTest {

    private static final String ISSUER = "https://login.example.com/";

    @Test
    void acceptsTokensSignedWithAPublishedKeyAndNoOthers() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, published.length);
            exchange.getResponseBody().write(published);
            exchange.close();
        });
        jwks.start();
        try (RunningServe serve = RunningServe.start("serve", "-cp", FIXTURE_CLASSPATH, "--port", "0",
                "--executor-factory", NotesExecutorFactory.class.getName(),
                "--jwks-url", "http://localhost:" + jwks.getAddress().getPort() + "/jwks.json", "--issuer", ISSUER)) {
            String path = "/notes/note/get/v1.0.0?id=n-1";
            assertThat(serve.get(path, token(key, ISSUER)).statusCode()).isEqualTo(200);
            assertThat(serve.get(path, token(stranger, ISSUER)).statusCode()).isEqualTo(401);
            assertThat(serve.get(path, token(key, "https://elsewhere.example.com/")).statusCode()).isEqualTo(401);
            assertThat(serve.get("/openapi.json", null).body()).contains("\"bearerAuth\"");
        } finally {
            jwks.stop(0);
        }
    }

    private static String token(RSAKey key, String issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("u-1").claim("org", "o-1")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
