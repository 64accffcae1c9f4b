package io.contractspec.spring.internal;

import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.internal.RouteChoice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Spring MVC handler of a method and path that several operations share, each matching its own
 * header or query value: the same choice as the Javalin adapter ({@link RouteChoice}), and the same
 * 400 when the request carries none of the values.
 */
public final class ChoosingContractEndpoint {

    private final RouteChoice<ContractEndpoint> choice;
    private final ResponseWriter responses;

    ChoosingContractEndpoint(RouteChoice<ContractEndpoint> choice, ResponseWriter responses) {
        this.choice = choice;
        this.responses = responses;
    }

    /** Invoked by Spring MVC for a request to the shared method and path. */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContractEndpoint endpoint = choice.choose(request).orElse(null);
        if (endpoint == null) {
            responses.problem(response, StandardCode.BAD_REQUEST, choice.refusal(),
                    ResponseWriter.traceId(request, response));
            return;
        }
        endpoint.handle(request, response);
    }
}
