package com.example.shop.products;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.spring.ContractProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one change the shop made to its hand-written endpoints: their validation errors now have the
 * shape of the contract routes' problems (a code, the trace id), so clients read one kind of error.
 * The status stays 400, as the endpoints always answered.
 */
@RestControllerAdvice(assignableTypes = ProductController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details handler, for these endpoints only
class ProductErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid, HttpServletRequest request, HttpServletResponse response) {
        String fields = invalid.getFieldErrors().stream().map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return ContractProblemDetails.of(Problem.of(StandardCode.BAD_REQUEST)
                .detail("Invalid product: " + fields + ".")
                .traceId(ContractProblemDetails.traceId(request, response))
                .build());
    }
}
