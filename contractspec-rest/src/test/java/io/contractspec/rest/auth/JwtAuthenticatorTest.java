package io.contractspec.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.runtime.Principal;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JwtAuthenticatorTest {

    private static AuthenticationResult authenticate(Authenticator authenticator, String authorization) {
        return authenticator.authenticate(RequestHeaders.of(Map.of("Authorization", authorization)));
    }

    private static Principal principal(AuthenticationResult result) {
        assertThat(result).isInstanceOf(AuthenticationResult.Authenticated.class);
        return ((AuthenticationResult.Authenticated) result).principal();
    }

    @Test
    void mapsTheClaimsOfAValidHs256TokenToThePrincipal() {
        Principal principal = principal(authenticate(Tokens.hs256Authenticator(), "Bearer " + Tokens.hs256(c -> c)));

        assertThat(principal.userId()).isEqualTo("user-7");
        assertThat(principal.organizationId()).isEqualTo("org-1");
        assertThat(principal.roles()).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(principal.permissions()).containsExactlyInAnyOrder("items.read", "items.write");
    }

    @Test
    void acceptsAValidRs256TokenAgainstAKeySet() {
        Principal principal = principal(authenticate(Tokens.rs256Authenticator(), "Bearer " + Tokens.rs256(Tokens.RSA, c -> c)));

        assertThat(principal.userId()).isEqualTo("user-7");
    }

    @Test
    void fetchesTheKeySetFromAJwksUrl() throws Exception {
        HttpServer jwks = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] body = Tokens.JWKS.toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            URL url = new URL("http://localhost:" + jwks.getAddress().getPort() + "/jwks.json");
            Authenticator authenticator = JwtAuthenticator.rs256(url).issuer(Tokens.ISSUER).clock(Tokens.CLOCK).build();

            assertThat(principal(authenticate(authenticator, "Bearer " + Tokens.rs256(Tokens.RSA, c -> c))).userId())
                    .isEqualTo("user-7");
            assertThat(authenticate(authenticator, "Bearer " + Tokens.rs256(Tokens.OTHER_RSA, c -> c)))
                    .isInstanceOf(AuthenticationResult.Rejected.class);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void reportsAnUnreachableKeySetAsUnavailableNotAsABadToken() throws Exception {
        Authenticator authenticator = JwtAuthenticator.rs256(new URL("http://localhost:9/jwks.json")).clock(Tokens.CLOCK).build();

        assertThat(authenticate(authenticator, "Bearer " + Tokens.rs256(Tokens.RSA, c -> c)))
                .isInstanceOf(AuthenticationResult.Unavailable.class);
    }

    @Test
    void treatsARequestWithoutAuthorizationAsAnonymous() {
        assertThat(Tokens.hs256Authenticator().authenticate(RequestHeaders.of(Map.of())))
                .isInstanceOf(AuthenticationResult.Anonymous.class);
    }

    @Test
    void rejectsAnotherSchemeWithAPlainBearerChallenge() {
        AuthenticationResult result = authenticate(Tokens.hs256Authenticator(), "Basic dXNlcjpwYXNz");

        assertThat(result).isEqualTo(AuthenticationResult.rejected("Only bearer tokens are accepted.", "Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.contractspec.rest.auth.BadTokens#all")
    void rejectsEveryBadTokenWithAnInvalidTokenChallenge(String why, String token) {
        AuthenticationResult result = authenticate(Tokens.hs256Authenticator(), "Bearer " + token);

        assertThat(result).as(why).isInstanceOf(AuthenticationResult.Rejected.class);
        AuthenticationResult.Rejected rejected = (AuthenticationResult.Rejected) result;
        assertThat(rejected.challenge()).startsWith("Bearer error=\"invalid_token\"");
        assertThat(rejected.detail()).doesNotContain("Exception", "nimbus");
    }

    @Test
    void rejectsAnEmptyBearerToken() {
        assertThat(authenticate(Tokens.hs256Authenticator(), "Bearer   ")).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() {
        String token = Tokens.hs256(c -> c.expirationTime(Date.from(Tokens.NOW.minusSeconds(20))));

        assertThat(authenticate(Tokens.hs256Authenticator(), "Bearer " + token))
                .isInstanceOf(AuthenticationResult.Authenticated.class);
    }

    @Test
    void honoursAConfiguredClockSkew() {
        Authenticator strict = JwtAuthenticator.hs256(Tokens.SECRET).clock(Tokens.CLOCK).clockSkew(Duration.ZERO).build();
        String token = Tokens.hs256(c -> c.expirationTime(Date.from(Tokens.NOW.minusSeconds(1))));

        assertThat(authenticate(strict, "Bearer " + token)).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void readsConfiguredClaimNamesAndSpaceSeparatedRoles() {
        Authenticator authenticator = JwtAuthenticator.hs256(Tokens.SECRET).clock(Tokens.CLOCK)
                .organizationClaim("tenant").rolesClaim("groups").permissionsClaim("scope").build();
        String token = Tokens.hs256(c -> c.claim("tenant", "t-9").claim("groups", "a b  c").claim("scope", List.of("s1")));

        Principal principal = principal(authenticate(authenticator, "bearer " + token));

        assertThat(principal.organizationId()).isEqualTo("t-9");
        assertThat(principal.roles()).isEqualTo(Set.of("a", "b", "c"));
        assertThat(principal.permissions()).isEqualTo(Set.of("s1"));
    }

    @Test
    void givesAnEmptyOrganizationWhenTheClaimIsMissing() {
        Principal principal = principal(authenticate(Tokens.hs256Authenticator(), "Bearer " + Tokens.hs256(c -> c.claim("org", null))));

        assertThat(principal.organizationId()).isEmpty();
    }

    @Test
    void refusesAShortHs256Secret() {
        assertThatThrownBy(() -> JwtAuthenticator.hs256("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
