package io.contractspec.rest.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Turns what the router raises into problem documents: no route (404), a route with other methods
 * (405 with {@code Allow}), other HTTP errors with their status, malformed request paths (400) and
 * any uncaught exception (500, logged, never described to the caller).
 */
public final class ErrorMapping {

    private final HttpResponses responses;

    public ErrorMapping(HttpResponses responses) {
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, this::httpError);
        routes.exception(IllegalArgumentException.class, this::illegalArgument);
        routes.exception(Exception.class, this::unexpected);
    }

    private void httpError(HttpResponseException e, Context ctx) {
        String traceId = TraceIds.of(ctx);
        if (e instanceof NotFoundResponse) {
            responses.problem(ctx, StandardCode.NOT_FOUND, "No route matches " + ctx.method().name() + " " + ctx.path() + ".", traceId);
        } else if (e instanceof MethodNotAllowedResponse) {
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
            responses.problem(ctx, StandardCode.METHOD_NOT_ALLOWED,
                    "This route does not accept " + ctx.method().name() + (allowed == null ? "." : "; it accepts " + allowed + "."), traceId);
        } else {
            responses.problem(ctx, problemFor(e.getStatus(), traceId), null);
        }
    }

    /** Thrown by the router while decoding a request path; from a handler it is a server error. */
    private void illegalArgument(IllegalArgumentException e, Context ctx) {
        if (ctx.endpoints().lastHttpEndpoint() != null) {
            unexpected(e, ctx);
            return;
        }
        responses.problem(ctx, StandardCode.BAD_REQUEST, "The request path is malformed.", TraceIds.of(ctx));
    }

    private void unexpected(Exception e, Context ctx) {
        String traceId = TraceIds.of(ctx);
        System.getLogger(ErrorMapping.class.getName()).log(System.Logger.Level.ERROR,
                "Request " + ctx.method().name() + " " + ctx.path() + " failed (trace " + traceId + ")", e);
        responses.problem(ctx, StandardCode.INTERNAL_ERROR, "The request failed on the server.", traceId);
    }

    /** A problem for a bare HTTP status: the standard code with that status, else one named after the status. */
    static Problem problemFor(int status, String traceId) {
        for (StandardCode code : StandardCode.values()) {
            if (code.status() == status) {
                return Problem.of(code).traceId(traceId).build();
            }
        }
        String reason = HttpStatus.getMessage(status);
        String code = reason == null || reason.isBlank()
                ? "HTTP_" + status
                : reason.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return Problem.of(code, status).title(reason == null ? "HTTP " + status : reason).traceId(traceId).build();
    }
}
