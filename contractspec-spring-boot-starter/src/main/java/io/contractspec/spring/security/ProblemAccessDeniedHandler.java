package io.contractspec.spring.security;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import io.contractspec.spring.internal.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a request Spring Security denies with the same 403 problem document the contract routes
 * write: {@code http.exceptionHandling(e -> e.accessDeniedHandler(…))}.
 */
@PublicApi
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ResponseWriter responses;

    public ProblemAccessDeniedHandler(ResponseWriter responses) {
        this.responses = responses;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String traceId = ResponseWriter.traceId(request, response);
        responses.problem(response, StandardCode.FORBIDDEN, "The caller may not do this.", traceId);
    }
}
