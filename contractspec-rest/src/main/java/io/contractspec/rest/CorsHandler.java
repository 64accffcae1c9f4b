package io.contractspec.rest;

import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.internal.HttpResponses;
import io.contractspec.rest.internal.TraceIds;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers preflight requests and adds CORS headers to the responses for allowed origins; headers precomputed. */
final class CorsHandler implements Handler {

    private final Set<String> origins;
    private final boolean anyOrigin;
    private final Set<String> methods;
    private final String methodsValue;
    private final Set<String> headers;
    private final String headersValue;
    private final String exposedValue;
    private final String maxAgeValue;
    private final boolean credentials;
    private final HttpResponses responses;

    CorsHandler(CorsConfig config, HttpResponses responses) {
        config.check();
        this.origins = Set.copyOf(config.origins);
        this.anyOrigin = origins.contains(CorsConfig.ANY_ORIGIN);
        this.methods = Set.copyOf(config.methods);
        this.methodsValue = String.join(", ", config.methods);
        this.headers = config.headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.headersValue = String.join(", ", config.headers);
        this.exposedValue = String.join(", ", config.exposedHeaders);
        this.maxAgeValue = Long.toString(config.maxAge.toSeconds());
        this.credentials = config.credentials;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        boolean allowed = anyOrigin || origins.contains(origin);
        String requestedMethod = ctx.header("Access-Control-Request-Method");
        if (HandlerType.OPTIONS.equals(ctx.method()) && requestedMethod != null) {
            preflight(ctx, origin, allowed, requestedMethod);
            ctx.skipRemainingHandlers();
            return;
        }
        if (allowed) {
            allowOrigin(ctx, origin);
            ctx.header("Access-Control-Expose-Headers", exposedValue);
        }
    }

    private void preflight(Context ctx, String origin, boolean allowed, String requestedMethod) {
        if (!allowed || !methods.contains(requestedMethod) || !headersAllowed(ctx.header("Access-Control-Request-Headers"))) {
            String traceId = TraceIds.of(ctx);
            responses.problem(ctx, StandardCode.FORBIDDEN,
                    "This cross-origin request (origin, method or headers) is not allowed.", traceId);
            return;
        }
        allowOrigin(ctx, origin);
        ctx.header("Access-Control-Allow-Methods", methodsValue);
        ctx.header("Access-Control-Allow-Headers", headersValue);
        ctx.header("Access-Control-Max-Age", maxAgeValue);
        ctx.status(204);
    }

    private void allowOrigin(Context ctx, String origin) {
        ctx.header("Access-Control-Allow-Origin", anyOrigin && !credentials ? "*" : origin);
        if (!anyOrigin) {
            ctx.header("Vary", "Origin");
        }
        if (credentials) {
            ctx.header("Access-Control-Allow-Credentials", "true");
        }
    }

    private boolean headersAllowed(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        for (String header : requested.split(",")) {
            String name = header.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !headers.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
