package io.contractspec.testing.rest;

import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * Requests the adapter refuses, each answered with a problem document naming what is wrong: bodies
 * (400 malformed, 415 media type, 422 invalid), a wrong method on an operation's route (405 with
 * {@code Allow}), and the trace id of the request in every problem.
 */
@PublicApi
public interface ProblemDocumentConformance extends RestConformance {

    String CREATE = "/test/items/create/v1.0.0";
    String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    default void rejectsMalformedJsonWith400WithoutEchoingParserInternals() {
        int before = target().calls(ConformanceContracts.CREATE);
        for (String body : new String[] {"{", "{\"name\":}", "{'name':'a'}", "{\"name\":\"a\"} {}", "nul"}) {
            JsonNode problem = assertProblem(http().post(CREATE, body), 400, "BAD_REQUEST");
            assertThat(problem.path("detail").asText()).startsWith("The body");
        }
        assertThat(target().calls(ConformanceContracts.CREATE)).isEqualTo(before);
    }

    @Test
    default void rejectsDuplicateKeysWith400() {
        assertProblem(http().post(CREATE, "{\"name\":\"a\",\"name\":\"b\"}"), 400, "BAD_REQUEST");
    }

    @Test
    default void acceptsJsonWithACharsetAndVendorJsonTypes() {
        assertThat(http().post(CREATE, "{\"name\":\"a\"}", "Content-Type", "application/json; charset=UTF-8").status())
                .isEqualTo(201);
        assertThat(http().post(CREATE, "{\"name\":\"a\"}", "Content-Type", "application/vnd.items+json").status())
                .isEqualTo(201);
    }

    @Test
    default void rejectsAnotherContentTypeWith415() {
        assertProblem(http().post(CREATE, "{\"name\":\"a\"}", "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(http().post(CREATE, "name=a", "Content-Type", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    default void rejectsABodyWithoutContentTypeWith415() {
        ConformanceHttp.Reply reply = http().send(http().request(CREATE).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));

        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    default void treatsAnEmptyBodyAsAnEmptyInput() {
        JsonNode problem = assertProblem(http().post(CREATE, ""), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("name");
    }

    @Test
    default void rejectsANonObjectBodyWith422() {
        assertProblem(http().post(CREATE, "[1,2,3]"), 422, "VALIDATION_FAILED");
        assertProblem(http().post(CREATE, "\"pen\""), 422, "VALIDATION_FAILED");
    }

    @Test
    default void reportsEveryIssueOfAnInvalidBody() {
        JsonNode problem = assertProblem(http().post(CREATE, "{\"price\":\"cheap\",\"colour\":1}"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    default void answersAWrongMethodOnAnOperationRouteWith405AndAllow() {
        ConformanceHttp.Reply reply = http().method("DELETE", CREATE);

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    default void answersGetOnACommandRouteWith405() {
        ConformanceHttp.Reply reply = http().get("/items/7/archive");

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    default void takesTheTraceIdOfAW3cTraceparentAndAnswersWithIt() {
        ConformanceHttp.Reply reply = http().get("/test/items/list/v1.0.0", "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");

        assertThat(reply.header("X-Trace-Id")).contains(TRACE);
        assertThat(reply.header("traceparent")).hasValueSatisfying(value ->
                assertThat(value).matches("00-" + TRACE + "-[0-9a-f]{16}-01"));
    }

    @Test
    default void putsTheRequestsTraceIdInTheProblem() {
        ConformanceHttp.Reply reply = http().post(CREATE, "{}", "X-Trace-Id", "req-123");

        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertThat(reply.json().path("traceId").asText()).isEqualTo("req-123");
    }
}
