package io.contractspec.spring.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A wrong method on an operation's route is refused by Spring MVC before any handler runs; this
 * answers it the way the contract routes answer everything: a problem document (Spring's
 * {@link ProblemDetail}, rendered by the application's message converters) with the standard code,
 * the trace id and {@code Allow}. Other paths are left to the application's own error handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class MethodNotAllowedAdvice {

    private final ContractRoutes routes;

    public MethodNotAllowedAdvice(ContractRoutes routes) {
        this.routes = routes;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException refused,
            HttpServletRequest request, HttpServletResponse response) throws HttpRequestMethodNotSupportedException {
        if (!routes.isContractPath(request)) {
            throw refused; // not ours: the next exception resolver answers as the application configured
        }
        String traceId = ResponseWriter.traceId(request, response);
        String allowed = refused.getSupportedHttpMethods() == null ? ""
                : String.join(", ", refused.getSupportedHttpMethods().stream().map(Object::toString).toList());
        Problem problem = Problem.of(StandardCode.METHOD_NOT_ALLOWED).traceId(traceId)
                .detail("This route does not accept " + request.getMethod() + "; it accepts " + allowed + ".").build();
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", allowed).body(toProblemDetail(problem));
    }

    /** Our problem as Spring's: type, title, status, detail, plus {@code code} and {@code traceId} properties. */
    static ProblemDetail toProblemDetail(Problem problem) {
        ProblemDetail detail = ProblemDetail.forStatus(problem.status());
        detail.setType(URI.create(problem.type()));
        detail.setTitle(problem.title());
        problem.detail().ifPresent(detail::setDetail);
        detail.setProperty("code", problem.code());
        problem.traceId().ifPresent(traceId -> detail.setProperty("traceId", traceId));
        return detail;
    }
}
