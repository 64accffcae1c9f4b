package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.rest.auth.JwtAuthenticator;
import io.contractspec.rest.auth.Tokens;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JWT bearer authentication through the whole server: HS256 and RS256 in, the principal at the handler. */
class JwtHttpTest {

    private static final String WHOAMI = "/test/session/whoami/v1.0.0";
    private static TestApp hs256;
    private static TestApp rs256;

    @BeforeAll
    static void start() {
        hs256 = TestApp.start(config -> config.authenticator(Tokens.hs256Authenticator()));
        rs256 = TestApp.start(config -> config.authenticator(Tokens.rs256Authenticator()));
    }

    @AfterAll
    static void stop() {
        hs256.close();
        rs256.close();
    }

    @Test
    void passesTheHs256PrincipalToTheHandler() {
        ConformanceHttp.Reply reply = hs256.http.get(WHOAMI, "Authorization", "Bearer " + Tokens.hs256(c -> c));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("userId").asText()).isEqualTo("user-7");
        assertThat(reply.json().path("organizationId").asText()).isEqualTo("org-1");
        assertThat(reply.json().path("roles").toString()).isEqualTo("[\"editor\",\"viewer\"]");
        assertThat(reply.json().path("permissions").toString()).isEqualTo("[\"items.read\",\"items.write\"]");
    }

    @Test
    void passesTheRs256PrincipalToTheHandler() {
        ConformanceHttp.Reply reply = rs256.http.get(WHOAMI, "Authorization", "Bearer " + Tokens.rs256(Tokens.RSA, c -> c.subject("rs-user")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("userId").asText()).isEqualTo("rs-user");
    }

    @Test
    void rejectsAnRs256TokenSignedWithAnotherKey() {
        ConformanceHttp.Reply reply = rs256.http.get(WHOAMI, "Authorization", "Bearer " + Tokens.rs256(Tokens.OTHER_RSA, c -> c));

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.contractspec.rest.auth.BadTokens#all")
    void answersEveryBadTokenWith401AndAnInvalidTokenChallenge(String why, String token) {
        int before = hs256.totalCalls();

        ConformanceHttp.Reply reply = hs256.http.get("/test/items/list/v1.0.0", "Authorization", "Bearer " + token);

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).as(why)
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
        assertThat(hs256.totalCalls()).isEqualTo(before);
    }

    @Test
    void letsAnonymousCallersUseAnonymousOperations() {
        assertThat(hs256.http.get("/test/items/list/v1.0.0").status()).isEqualTo(200);
    }

    @Test
    void answersAMissingTokenOnAUserOperationWith401AndABareChallenge() {
        ConformanceHttp.Reply reply = hs256.http.get(WHOAMI);

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void answers503WhenTheKeySetCannotBeLoaded() throws Exception {
        JwtAuthenticator unreachable = JwtAuthenticator.rs256(new URL("http://localhost:9/jwks.json")).build();
        try (TestApp app = TestApp.start(config -> config.authenticator(unreachable))) {
            ConformanceHttp.Reply reply = app.http.get(WHOAMI, "Authorization", "Bearer " + Tokens.rs256(Tokens.RSA, c -> c));

            assertProblem(reply, 503, "UNAVAILABLE");
        }
    }
}
