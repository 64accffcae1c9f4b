package io.contractspec.spring;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.Problem;
import io.contractspec.spring.internal.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.ProblemDetail;

/**
 * A contract problem as Spring's {@link ProblemDetail}, for the application's own exception
 * handlers: hand-written endpoints then answer errors in the shape the contract routes use (type,
 * title, status, detail, plus the {@code code} and {@code traceId} properties).
 */
@PublicApi
public final class ContractProblemDetails {

    private ContractProblemDetails() {}

    /**
     * The trace id of a request as the contract routes pick it ({@code traceparent}, else a safe
     * {@code X-Trace-Id}, else a new one), echoed in the response's {@code X-Trace-Id}.
     */
    public static String traceId(HttpServletRequest request, HttpServletResponse response) {
        return ResponseWriter.traceId(request, response);
    }

    public static ProblemDetail of(Problem problem) {
        ProblemDetail detail = ProblemDetail.forStatus(problem.status());
        detail.setType(URI.create(problem.type()));
        detail.setTitle(problem.title());
        problem.detail().ifPresent(detail::setDetail);
        detail.setProperty("code", problem.code());
        problem.traceId().ifPresent(traceId -> detail.setProperty("traceId", traceId));
        return detail;
    }
}
