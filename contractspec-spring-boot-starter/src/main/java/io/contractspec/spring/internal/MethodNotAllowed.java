package io.contractspec.spring.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a request to an operation's path with a method none of its operations accepts, as the
 * Javalin adapter does: 405, {@code Allow}, a problem document with the trace id. Registered for the
 * path without a method condition, so Spring MVC prefers every mapping that names the method; it
 * decides before the application's exception handlers, which keep answering other paths.
 */
public final class MethodNotAllowed {

    private final String allowed;
    private final ResponseWriter responses;

    MethodNotAllowed(String allowed, ResponseWriter responses) {
        this.allowed = allowed;
        this.responses = responses;
    }

    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String traceId = ResponseWriter.traceId(request, response);
        response.setHeader("Allow", allowed);
        responses.problem(response, Problem.of(StandardCode.METHOD_NOT_ALLOWED).traceId(traceId)
                .detail("This route does not accept " + request.getMethod() + "; it accepts " + allowed + ".").build(), null);
    }
}
