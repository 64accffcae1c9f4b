package io.contractspec.rest.internal;

import io.contractspec.core.result.StandardCode;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The Javalin handler of a method and path that several operations share, each matching its own
 * header or query value: hands the request to the operation whose value it carries, else answers
 * 400 naming the parameter (the request is well routed but says too little to be served).
 */
public final class ChoosingEndpoint implements Handler {

    private final RouteChoice<OperationEndpoint> choice;
    private final HttpResponses responses;

    public ChoosingEndpoint(RouteChoice<OperationEndpoint> choice, HttpResponses responses) {
        this.choice = choice;
        this.responses = responses;
    }

    @Override
    public void handle(Context ctx) {
        OperationEndpoint endpoint = choice.choose(ctx.req()).orElse(null);
        if (endpoint == null) {
            responses.problem(ctx, StandardCode.BAD_REQUEST, choice.refusal(), TraceIds.of(ctx));
            return;
        }
        endpoint.handle(ctx);
    }
}
