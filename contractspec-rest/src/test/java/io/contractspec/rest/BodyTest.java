package io.contractspec.rest;

import io.contractspec.testing.rest.ConformanceHttp;
import static io.contractspec.testing.rest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static final String CREATE = "/test/items/create/v1.0.0";
    private static final int LIMIT = 2048;
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(config -> config.maxBodyBytes(LIMIT));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void acceptsJsonWithACharsetAndVendorJsonTypes() {
        assertThat(app.http.post(CREATE, "{\"name\":\"a\"}", "Content-Type", "application/json; charset=UTF-8").status())
                .isEqualTo(201);
        assertThat(app.http.post(CREATE, "{\"name\":\"a\"}", "Content-Type", "application/vnd.items+json").status())
                .isEqualTo(201);
    }

    @Test
    void rejectsMalformedJsonWith400WithoutEchoingParserInternals() {
        int before = app.calls(TestContracts.CREATE);
        for (String body : new String[] {"{", "{\"name\":}", "{'name':'a'}", "{\"name\":\"a\"} {}", "\"\\uZZZZ\"", "nul"}) {
            JsonNode problem = assertProblem(app.http.post(CREATE, body), 400, "BAD_REQUEST");
            assertThat(problem.path("detail").asText()).startsWith("The body");
        }
        assertThat(app.calls(TestContracts.CREATE)).isEqualTo(before);
    }

    @Test
    void rejectsTextNoStoreCanHoldWith400NamingTheFieldBeforeTheHandlerRuns() {
        int before = app.calls(TestContracts.CREATE);
        String[][] cases = {
                {"{\"name\":\"a\\u0000b\"}", "'name'", "NUL"},
                {"{\"name\":\"a\",\"tags\":[\"ok\",\"\\ud800\"]}", "'tags[1]'", "unpaired UTF-16 surrogate (U+D800)"},
                {"{\"name\":\"\\udc00x\"}", "'name'", "U+DC00"},
        };
        for (String[] bad : cases) {
            JsonNode problem = assertProblem(app.http.post(CREATE, bad[0]), 400, "BAD_REQUEST");
            assertThat(problem.path("detail").asText()).contains(bad[1], bad[2]);
        }
        assertThat(app.calls(TestContracts.CREATE)).isEqualTo(before);
        assertThat(app.http.post(CREATE, "{\"name\":\"\\ud83d\\ude00 pairs are fine\"}").status()).isEqualTo(201);
    }

    @Test
    void rejectsANulCharacterInAQueryParameterWith400() {
        assertProblem(app.http.get("/test/items/list/v1.0.0?tags=a%00b"), 400, "BAD_REQUEST");
    }

    @Test
    void rejectsDuplicateKeysWith400() {
        assertProblem(app.http.post(CREATE, "{\"name\":\"a\",\"name\":\"b\"}"), 400, "BAD_REQUEST");
    }

    @Test
    void rejectsJsonNestedDeeperThanTheLimitWith400() {
        String deep = "{\"name\":\"a\",\"tags\":" + "[".repeat(500) + "]".repeat(500) + "}";

        assertProblem(app.http.post(CREATE, deep), 400, "BAD_REQUEST");
    }

    @Test
    void rejectsAnotherContentTypeWith415() {
        assertProblem(app.http.post(CREATE, "{\"name\":\"a\"}", "Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(app.http.post(CREATE, "name=a", "Content-Type", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(app.http.post(CREATE, "{\"name\":\"a\"}", "Content-Type", "application/json; charset=latin1"),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void rejectsABodyWithoutContentTypeWith415() {
        ConformanceHttp.Reply reply = app.http.send(app.http.request(CREATE).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));

        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void rejectsADeclaredLengthOverTheLimitWith413BeforeReading() {
        String body = "{\"name\":\"" + "x".repeat(LIMIT) + "\"}";

        assertProblem(app.http.post(CREATE, body), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void rejectsAChunkedBodyOverTheLimitWith413WhileReading() {
        byte[] body = ("{\"name\":\"" + "x".repeat(LIMIT * 4) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = app.http.request(CREATE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertProblem(app.http.send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void acceptsAChunkedBodyWithinTheLimit() {
        byte[] body = "{\"name\":\"chunked\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = app.http.request(CREATE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        ConformanceHttp.Reply reply = app.http.send(request);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("name").asText()).isEqualTo("chunked");
    }

    @Test
    void treatsAnEmptyBodyAsAnEmptyInput() {
        JsonNode problem = assertProblem(app.http.post(CREATE, ""), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues").get(0).path("path").asText()).isEqualTo("name");
    }

    @Test
    void rejectsANonObjectBodyWith422() {
        assertProblem(app.http.post(CREATE, "[1,2,3]"), 422, "VALIDATION_FAILED");
        assertProblem(app.http.post(CREATE, "\"pen\""), 422, "VALIDATION_FAILED");
    }

    @Test
    void reportsEveryIssueOfAnInvalidBody() {
        JsonNode problem = assertProblem(app.http.post(CREATE, "{\"price\":\"cheap\",\"colour\":1}"), 422, "VALIDATION_FAILED");

        assertThat(problem.path("issues")).hasSizeGreaterThanOrEqualTo(3);
    }
}
