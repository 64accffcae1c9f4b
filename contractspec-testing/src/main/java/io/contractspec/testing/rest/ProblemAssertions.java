package io.contractspec.testing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;

/** What every error answer of a REST adapter must be: a problem document with the status, the code and the trace id. */
@PublicApi
public final class ProblemAssertions {

    private ProblemAssertions() {}

    /** Asserts a well-formed problem document with this status and code; returns its body. */
    public static JsonNode assertProblem(ConformanceHttp.Reply reply, int status, String code) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertWellFormedProblem(reply);
        assertThat(reply.code()).isEqualTo(code);
        return reply.json();
    }

    /** Any problem document: content type, status in the body, trace id in body and header, no internals. */
    public static void assertWellFormedProblem(ConformanceHttp.Reply reply) {
        assertThat(reply.contentType()).as("content type of %s", reply.body()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(reply.status());
        assertThat(problem.path("type").asText()).startsWith("https://");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("code").asText()).matches("[A-Z][A-Z0-9_]*");
        String traceId = problem.path("traceId").asText();
        assertThat(traceId).isNotBlank();
        assertThat(reply.header("X-Trace-Id")).contains(traceId);
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", ".java:", "hunter2");
    }
}
