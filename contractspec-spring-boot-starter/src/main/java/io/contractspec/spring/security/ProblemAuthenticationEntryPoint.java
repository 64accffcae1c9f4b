package io.contractspec.spring.security;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.spring.internal.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request Spring Security refuses for missing or bad credentials with the same 401
 * problem document the contract routes write: {@code http.exceptionHandling(e -> e.authenticationEntryPoint(…))}.
 */
@PublicApi
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ResponseWriter responses;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value, e.g. {@code Bearer} */
    public ProblemAuthenticationEntryPoint(ResponseWriter responses, String challenge) {
        this.responses = responses;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        commence(request, response, "The request needs valid credentials.", challenge);
    }

    /** Writes the 401 with a specific detail and challenge, e.g. {@code Bearer error="invalid_token"}. */
    public void commence(HttpServletRequest request, HttpServletResponse response, String detail, String challenge)
            throws IOException {
        String traceId = ResponseWriter.traceId(request, response);
        responses.problem(response, Problem.of(StandardCode.UNAUTHENTICATED).detail(detail).traceId(traceId).build(), challenge);
    }
}
