package io.contractspec.rest.internal;

import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallInput;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Channel;
import io.contractspec.runtime.Principal;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Serves one operation: trace id, authentication, then the executor (which reads the input after
 * its own authentication and authorization stages), then the response. Everything route-specific was prepared when the server was built.
 */
public final class OperationEndpoint implements Handler {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final String key;
    private final String version;
    private final InputBinder binder;
    private final EndpointSettings settings;
    private final Optional<NextPageLink> nextPageLink;

    public OperationEndpoint(OperationRoute route, EndpointSettings settings) {
        this.key = route.operation().key();
        this.version = route.operation().version();
        this.binder = InputBinder.of(route, settings.json(), settings.maxBodyBytes());
        this.settings = settings;
        this.nextPageLink = NextPageLink.of(route);
    }

    @Override
    public void handle(Context ctx) {
        String traceId = TraceIds.of(ctx);
        try {
            RequestHeaders headers = name -> Optional.ofNullable(ctx.header(name));
            Principal principal = authenticate(headers);
            CallInput input = binder.callInput(ctx.req(), ctx::pathParam); // read by the executor, after authentication
            CallContext call = CallContext.builder()
                    .principal(principal)
                    .traceId(traceId)
                    .idempotencyKey(idempotencyKey(ctx))
                    .flags(settings.flags().flags(headers, Optional.ofNullable(principal)))
                    .channel(Channel.REST)
                    .build();
            CallResult result = settings.executor().execute(key, version, input, call);
            if (result instanceof CallResult.Success success) {
                nextPageLink.ifPresent(link -> link.addTo(ctx, success.output()));
            }
            settings.responses().result(ctx, result);
        } catch (Rejection rejection) {
            settings.responses().rejection(ctx, rejection, traceId);
        } catch (RuntimeException unexpected) {
            System.getLogger(OperationEndpoint.class.getName()).log(System.Logger.Level.ERROR,
                    "REST call of " + key + "@" + version + " failed (trace " + traceId + ")", unexpected);
            settings.responses().problem(ctx, StandardCode.INTERNAL_ERROR, "The request failed on the server.", traceId);
        }
    }

    private Principal authenticate(RequestHeaders headers) {
        AuthenticationResult result = settings.authenticator().authenticate(headers);
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            return authenticated.principal();
        }
        if (result instanceof AuthenticationResult.Rejected rejected) {
            throw new Rejection(StandardCode.UNAUTHENTICATED, rejected.detail(), rejected.challenge());
        }
        if (result instanceof AuthenticationResult.Unavailable unavailable) {
            throw new Rejection(StandardCode.UNAVAILABLE, unavailable.detail());
        }
        return null;
    }

    private static String idempotencyKey(Context ctx) {
        String value = ctx.header(IDEMPOTENCY_KEY);
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > MAX_IDEMPOTENCY_KEY || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new Rejection(StandardCode.BAD_REQUEST,
                    "Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters.");
        }
        return value;
    }
}
