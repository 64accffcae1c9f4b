package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.RestResponse;
import io.contractspec.runtime.CallResult;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Writes outcomes: a success as {@code application/json} with the pipeline's status, every failure
 * as an {@code application/problem+json} problem document that carries the trace id, plus the
 * headers a status calls for ({@code Retry-After} on 429, {@code WWW-Authenticate} on 401).
 */
public final class HttpResponses {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final JsonCodec json;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value for a 401 without a token, or null */
    public HttpResponses(JsonCodec json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    public JsonCodec json() {
        return json;
    }

    public void result(Context ctx, CallResult result) {
        if (result instanceof CallResult.Success success) {
            UnreadBody.discard(ctx);
            SecurityHeaders.apiAnswer(ctx);
            ctx.status(success.status());
            if (success.replayed()) {
                ctx.header(REPLAYED, "true");
            }
            if (RestResponse.hasBody(success.status())) {
                ctx.contentType(JSON);
                ctx.result(json.write(success.output()));
            }
        } else {
            problem(ctx, ((CallResult.Failure) result).problem(), null);
        }
    }

    public void rejection(Context ctx, Rejection rejection, String traceId) {
        Problem problem = Problem.of(rejection.code()).detail(rejection.detail()).traceId(traceId).build();
        problem(ctx, problem, rejection.challenge());
    }

    public void problem(Context ctx, StandardCode code, String detail, String traceId) {
        problem(ctx, Problem.of(code).detail(detail).traceId(traceId).build(), null);
    }

    public void problem(Context ctx, Problem problem, String explicitChallenge) {
        UnreadBody.discard(ctx);
        SecurityHeaders.apiAnswer(ctx);
        ctx.status(problem.status());
        if (problem.status() == 401) {
            String value = explicitChallenge != null ? explicitChallenge : challenge;
            if (value != null) {
                ctx.header(WWW_AUTHENTICATE, value);
            }
        }
        retryAfterSeconds(problem).ifPresent(seconds -> ctx.header(RETRY_AFTER, Long.toString(seconds)));
        ctx.contentType(PROBLEM_JSON);
        ctx.result(json.write(problem.toJson()));
    }

    private static Optional<Long> retryAfterSeconds(Problem problem) {
        if (problem.status() != 429) {
            return Optional.empty();
        }
        JsonNode value = problem.metadata().get("retryAfterSeconds");
        long seconds = value != null && value.canConvertToLong() ? value.asLong() : 1;
        return Optional.of(Math.max(1, seconds));
    }
}
