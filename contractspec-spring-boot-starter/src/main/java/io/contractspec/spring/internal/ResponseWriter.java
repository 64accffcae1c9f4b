package io.contractspec.spring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.rest.internal.JsonCodec;
import io.contractspec.rest.internal.TraceIds;
import io.contractspec.runtime.CallResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes what the Javalin adapter writes, byte for byte: a success as {@code application/json} with
 * the pipeline's status, a failure as an {@code application/problem+json} document with the trace id,
 * and the headers a status calls for ({@code Retry-After} on 429, {@code WWW-Authenticate} on 401,
 * {@code Idempotent-Replayed} on a replay).
 */
public final class ResponseWriter {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private final JsonCodec json;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value for a 401 without credentials, or null */
    public ResponseWriter(JsonCodec json, String challenge) {
        this.json = json;
        this.challenge = challenge == null || challenge.isBlank() ? null : challenge;
    }

    public JsonCodec json() {
        return json;
    }

    /** The trace id of a request (a valid {@code traceparent}, a safe {@code X-Trace-Id} or a new one), echoed in the response. */
    public static String traceId(HttpServletRequest request, HttpServletResponse response) {
        String traceId = TraceIds.resolve(request.getHeader(TraceIds.TRACEPARENT), request.getHeader(TraceIds.X_TRACE_ID));
        response.setHeader(TraceIds.X_TRACE_ID, traceId);
        String traceparent = TraceIds.traceparentFor(traceId);
        if (traceparent != null) {
            response.setHeader(TraceIds.TRACEPARENT, traceparent);
        }
        return traceId;
    }

    void result(HttpServletResponse response, CallResult result) throws IOException {
        if (result instanceof CallResult.Success success) {
            response.setStatus(success.status());
            if (success.replayed()) {
                response.setHeader("Idempotent-Replayed", "true");
            }
            if (RestResponse.hasBody(success.status())) { // a documented 204 or 304 answers without one
                write(response, JSON, json.write(success.output()));
            }
        } else {
            problem(response, ((CallResult.Failure) result).problem(), null);
        }
    }

    public void problem(HttpServletResponse response, StandardCode code, String detail, String traceId) throws IOException {
        problem(response, Problem.of(code).detail(detail).traceId(traceId).build(), null);
    }

    /** Writes a problem; {@code explicitChallenge} (or the configured one) goes with a 401. */
    public void problem(HttpServletResponse response, Problem problem, String explicitChallenge) throws IOException {
        response.setStatus(problem.status());
        if (problem.status() == 401) {
            String value = explicitChallenge != null ? explicitChallenge : challenge;
            if (value != null) {
                response.setHeader("WWW-Authenticate", value);
            }
        }
        if (problem.status() == 429) {
            JsonNode seconds = problem.metadata().get("retryAfterSeconds");
            response.setHeader("Retry-After", Long.toString(Math.max(1, seconds != null && seconds.canConvertToLong() ? seconds.asLong() : 1)));
        }
        write(response, PROBLEM_JSON, json.write(problem.toJson()));
    }

    private static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
