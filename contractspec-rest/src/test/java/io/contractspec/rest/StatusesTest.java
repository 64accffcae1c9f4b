package io.contractspec.rest;

import static io.contractspec.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every status the pipeline can answer with, through the adapter, as a problem document. */
class StatusesTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(config -> config
                .authenticator(new HeaderUserAuthenticator())
                .flags((headers, principal) -> headers.first("X-Beta").isPresent() ? Set.of("beta") : Set.of()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answers401WithTheChallengeWhenAnOperationNeedsAUserAndNoneIsGiven() {
        int before = app.calls(TestContracts.PURGE);

        Http.Reply reply = app.http.post("/test/items/purge/v1.0.0", "");

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).contains("XUser");
        assertThat(app.calls(TestContracts.PURGE)).isEqualTo(before);
    }

    @Test
    void answers401WithTheAuthenticatorsChallengeForCredentialsThatDoNotHold() {
        Http.Reply reply = app.http.get("/test/items/list/v1.0.0", "X-User", "!");

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).contains("XUser error=\"revoked\"");
    }

    @Test
    void answers403WhenTheUserLacksARole() {
        int before = app.calls(TestContracts.PURGE);

        assertProblem(app.http.post("/test/items/purge/v1.0.0", "", "X-User", "ann"), 403, "FORBIDDEN");

        assertThat(app.calls(TestContracts.PURGE)).isEqualTo(before);
    }

    @Test
    void runsTheOperationWhenTheUserHasTheRole() {
        Http.Reply reply = app.http.post("/test/items/purge/v1.0.0", "", "X-User", "bob,items.admin");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("purged").asInt()).isEqualTo(3);
    }

    @Test
    void answers403WithoutTheFlagAnd200WithIt() {
        assertProblem(app.http.get("/test/beta/ping/v1.0.0"), 403, "FORBIDDEN");
        assertThat(app.http.get("/test/beta/ping/v1.0.0", "X-Beta", "on").status()).isEqualTo(200);
    }

    @Test
    void answers429WithRetryAfterOverTheRateLimit() {
        assertThat(app.http.get("/test/limited/ping/v1.0.0").status()).isEqualTo(200);

        Http.Reply reply = app.http.get("/test/limited/ping/v1.0.0");

        assertProblem(reply, 429, "RATE_LIMITED");
        assertThat(reply.header("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1, 60));
    }

    @Test
    void answers500WithoutAStackTraceOrTheExceptionMessage() {
        Http.Reply reply = app.http.post("/test/items/explode/v1.0.0", "");

        assertProblem(reply, 500, "INTERNAL_ERROR");
        assertThat(reply.body()).doesNotContain("hunter2", "IllegalStateException", "com.example");
    }

    @Test
    void answersANoInputOperationGivenInputWith422() {
        assertProblem(app.http.post("/test/items/purge/v1.0.0", "{\"all\":true}", "X-User", "bob,items.admin"),
                422, "VALIDATION_FAILED");
    }

    @Test
    void bindsPathParametersAndBoundHeadersOverTheBody() {
        Http.Reply reply = app.http.post("/items/9/archive", "{\"itemId\": 1}", "X-User", "ann", "X-Archive-Reason", "sold out");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("id").asInt()).isEqualTo(9);
        assertThat(reply.json().path("tags").get(0).asText()).isEqualTo("sold out");
    }
}
