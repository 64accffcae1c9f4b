package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeadersTest {

    private static final String LIST = "/test/items/list/v1.0.0";
    private static final String CREATE = "/test/items/create/v1.0.0";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(config -> config.cors(cors -> cors.allowOrigins("https://studio.example.com")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answersForbidSniffingAndApiAnswersForbidCaching() {
        ConformanceHttp.Reply success = app.http.get(LIST);
        ConformanceHttp.Reply problem = app.http.post(CREATE, "{}");
        ConformanceHttp.Reply health = app.http.get("/health");

        for (ConformanceHttp.Reply reply : new ConformanceHttp.Reply[] {success, problem}) {
            assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).contains("nosniff");
            assertThat(reply.header("Cache-Control")).as(reply.toString()).contains("no-store");
        }
        assertThat(health.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void takesTheTraceIdOfAW3cTraceparentAndAnswersWithIt() {
        ConformanceHttp.Reply reply = app.http.get(LIST, "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");

        assertThat(reply.header("X-Trace-Id")).contains(TRACE);
        assertThat(reply.header("traceparent")).hasValueSatisfying(value ->
                assertThat(value).matches("00-" + TRACE + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void takesXTraceIdWhenThereIsNoTraceparent() {
        ConformanceHttp.Reply reply = app.http.get("/nowhere", "X-Trace-Id", "req-123");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.json().path("traceId").asText()).isEqualTo("req-123");
    }

    @Test
    void ignoresAMalformedTraceparentAndAnUnsafeTraceIdAndMakesANewOne() {
        ConformanceHttp.Reply reply = app.http.get(LIST, "traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                "X-Trace-Id", "<script>");

        assertThat(reply.header("X-Trace-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        ConformanceHttp.Reply reply = app.http.method("OPTIONS", CREATE, "Origin", "https://studio.example.com",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, idempotency-key");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains("https://studio.example.com");
        assertThat(reply.header("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
        assertThat(reply.header("Access-Control-Allow-Headers")).hasValueSatisfying(v -> assertThat(v).contains("Idempotency-Key"));
        assertThat(reply.header("Access-Control-Max-Age")).contains("600");
    }

    @Test
    void refusesAPreflightFromAnotherOriginOrForAnotherHeader() {
        assertProblem(app.http.method("OPTIONS", CREATE, "Origin", "https://evil.example.com",
                "Access-Control-Request-Method", "POST"), 403, "FORBIDDEN");
        assertProblem(app.http.method("OPTIONS", CREATE, "Origin", "https://studio.example.com",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "X-Secret"), 403, "FORBIDDEN");
    }

    @Test
    void addsCorsHeadersToActualRequestsFromAnAllowedOriginOnly() {
        ConformanceHttp.Reply allowed = app.http.get(LIST, "Origin", "https://studio.example.com");
        ConformanceHttp.Reply other = app.http.get(LIST, "Origin", "https://evil.example.com");

        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://studio.example.com");
        assertThat(allowed.header("Access-Control-Expose-Headers")).hasValueSatisfying(v -> assertThat(v).contains("X-Trace-Id"));
        assertThat(allowed.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Origin"));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void answersAnOptionsRequestThatIsNotAPreflightWith405() {
        assertProblem(app.http.method("OPTIONS", CREATE), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void answersRequestsJettyRejectsBeforeRoutingWithAProblem() {
        assertProblem(app.http.raw("GET /items/%ZZ HTTP/1.1"), 400, "BAD_REQUEST");
        assertProblem(app.http.raw("GET /../../etc/passwd HTTP/1.1"), 400, "BAD_REQUEST");
        assertProblem(app.http.raw("GET /items/1 HTTP/1.1", "X-Huge: " + "h".repeat(20_000)),
                431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }
}
