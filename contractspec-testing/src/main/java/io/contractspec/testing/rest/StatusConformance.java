package io.contractspec.testing.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.annotations.PublicApi;
import org.junit.jupiter.api.Test;

/**
 * Every status the pipeline answers, through the adapter: 200/201, 401 (also before a bad body is
 * read), 403 (role, flag), 404, 422, 429, 500.
 */
@PublicApi
public interface StatusConformance extends RestConformance {

    @Test
    default void answers401WithTheChallengeWhenAnOperationNeedsAUserAndNoneIsGiven() {
        int before = target().calls(ConformanceContracts.PURGE);

        ConformanceHttp.Reply reply = http().post("/test/items/purge/v1.0.0", "");

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).contains("XUser");
        assertThat(target().calls(ConformanceContracts.PURGE)).isEqualTo(before);
    }

    @Test
    default void answers401NotABodyErrorWhenAnAnonymousCallerSendsABadBody() {
        int before = target().calls(ConformanceContracts.PURGE);

        assertProblem(http().post("/test/items/purge/v1.0.0", "{not json"), 401, "UNAUTHENTICATED");
        assertProblem(http().post("/test/items/purge/v1.0.0", "{}", "Content-Type", "text/plain"), 401, "UNAUTHENTICATED");

        assertProblem(http().post("/test/items/purge/v1.0.0", "{not json", "X-User", "bob,items.admin"), 400, "BAD_REQUEST");
        assertThat(target().calls(ConformanceContracts.PURGE)).isEqualTo(before);
    }

    @Test
    default void answers401WithTheChallengeOfCredentialsThatDoNotHold() {
        ConformanceHttp.Reply reply = http().get("/test/items/list/v1.0.0", "X-User", "!");

        assertProblem(reply, 401, "UNAUTHENTICATED");
        assertThat(reply.header("WWW-Authenticate")).contains("XUser error=\"revoked\"");
    }

    @Test
    default void answers403WhenTheUserLacksARole() {
        int before = target().calls(ConformanceContracts.PURGE);

        assertProblem(http().post("/test/items/purge/v1.0.0", "", "X-User", "ann"), 403, "FORBIDDEN");

        assertThat(target().calls(ConformanceContracts.PURGE)).isEqualTo(before);
    }

    @Test
    default void runsTheOperationWhenTheUserHasTheRole() {
        ConformanceHttp.Reply reply = http().post("/test/items/purge/v1.0.0", "", "X-User", "bob,items.admin");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("purged").asInt()).isEqualTo(3);
    }

    @Test
    default void passesTheAuthenticatedPrincipalToTheHandler() {
        ConformanceHttp.Reply reply = http().get("/test/session/whoami/v1.0.0", "X-User", "cid,items.admin");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("userId").asText()).isEqualTo("cid");
        assertThat(reply.json().path("organizationId").asText()).isEqualTo("org-1");
        assertThat(reply.json().path("roles").toString()).contains("items.admin");
    }

    @Test
    default void answers403WithoutTheFlagAnd200WithIt() {
        assertProblem(http().get("/test/beta/ping/v1.0.0"), 403, "FORBIDDEN");
        assertThat(http().get("/test/beta/ping/v1.0.0", "X-Beta", "on").status()).isEqualTo(200);
    }

    @Test
    default void answers429WithRetryAfterOverTheRateLimit() {
        http().get("/test/limited/ping/v1.0.0");

        ConformanceHttp.Reply reply = http().get("/test/limited/ping/v1.0.0");

        assertProblem(reply, 429, "RATE_LIMITED");
        assertThat(reply.header("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1, 60));
    }

    @Test
    default void answers500WithoutAStackTraceOrTheExceptionMessage() {
        ConformanceHttp.Reply reply = http().post("/test/items/explode/v1.0.0", "");

        assertProblem(reply, 500, "INTERNAL_ERROR");
        assertThat(reply.body()).doesNotContain("hunter2", "IllegalStateException", "com.example");
    }

    @Test
    default void answersACommandWithItsDeclaredSuccessStatus() {
        ConformanceHttp.Reply reply = http().post("/test/items/create/v1.0.0", "{\"name\": \"pen\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("name").asText()).isEqualTo("pen");
    }

    @Test
    default void answersANoInputOperationGivenInputWith422() {
        assertProblem(http().post("/test/items/purge/v1.0.0", "{\"all\":true}", "X-User", "bob,items.admin"),
                422, "VALIDATION_FAILED");
    }
}
