package io.contractspec.studio.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code GET /studio/events}: authenticates the request with the API's authenticator (the browser
 * sends its bearer token, so it reads the stream with fetch rather than EventSource), then keeps
 * the response open as a server-sent event stream of the user's organization. A request without
 * a valid token gets the API's problem document, never a stream.
 */
public final class LiveEvents {

    private LiveEvents() {}

    public static void open(Context ctx, Authenticator authenticator, BiConsumer<String, SseClient> open) throws Exception {
        AuthenticationResult result = authenticator.authenticate(name -> Optional.ofNullable(ctx.header(name)));
        if (!(result instanceof AuthenticationResult.Authenticated authenticated)) {
            String detail = result instanceof AuthenticationResult.Rejected rejected ? rejected.detail()
                    : "Sign in: live events are sent to a signed-in user only.";
            problem(ctx, StandardCode.UNAUTHENTICATED, detail);
            return;
        }
        String organization = authenticated.principal().organizationId();
        if (organization == null || organization.isBlank()) {
            problem(ctx, StandardCode.FORBIDDEN, "Live events are sent per organization; this token names none.");
            return;
        }
        new SseHandler(client -> open.accept(organization, client)).handle(ctx);
    }

    private static void problem(Context ctx, StandardCode code, String detail) {
        Problem problem = Problem.of(code).detail(detail).build();
        ctx.status(problem.status()).contentType("application/problem+json").result(problem.toJson().toString());
    }
}
