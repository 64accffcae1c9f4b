package io.contractspec.spring.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.internal.InputBinder;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.Rejection;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallInput;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Channel;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.spring.PrincipalResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The Spring MVC handler of one operation route: trace id, principal, input binding (shared with
 * the Javalin adapter), the executor, the response. Registered with the application's
 * {@code RequestMappingHandlerMapping}, so it runs behind the application's filters (Spring Security
 * included) on the application's port.
 */
public final class ContractEndpoint {

    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final String key;
    private final String version;
    private final InputBinder binder;
    private final OperationExecutor executor;
    private final PrincipalResolver principals;
    private final FlagResolver flags;
    private final ResponseWriter responses;

    ContractEndpoint(OperationRoute route, OperationExecutor executor, PrincipalResolver principals, FlagResolver flags,
            ResponseWriter responses, long maxBodyBytes) {
        this.key = route.operation().key();
        this.version = route.operation().version();
        this.binder = InputBinder.of(route, responses.json(), maxBodyBytes);
        this.executor = executor;
        this.principals = principals;
        this.flags = flags;
        this.responses = responses;
    }

    /** Invoked by Spring MVC for a request that matched the route. */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String traceId = ResponseWriter.traceId(request, response);
        try {
            Principal principal = principals.resolve(request).orElse(null);
            CallInput input = binder.callInput(request, pathVariables(request)::get); // read after authentication
            RequestHeaders headers = name -> Optional.ofNullable(request.getHeader(name));
            CallContext call = CallContext.builder()
                    .principal(principal)
                    .traceId(traceId)
                    .idempotencyKey(idempotencyKey(request))
                    .flags(flags.flags(headers, Optional.ofNullable(principal)))
                    .channel(Channel.REST)
                    .build();
            CallResult result = executor.execute(key, version, input, call);
            responses.result(response, result);
        } catch (Rejection rejection) {
            responses.problem(response, Problem.of(rejection.code())
                    .detail(rejection.detail()).traceId(traceId).build(), rejection.challenge());
        } catch (RuntimeException unexpected) {
            System.getLogger(ContractEndpoint.class.getName()).log(System.Logger.Level.ERROR,
                    "REST call of " + key + "@" + version + " failed (trace " + traceId + ")", unexpected);
            responses.problem(response, StandardCode.INTERNAL_ERROR, "The request failed on the server.", traceId);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static String idempotencyKey(HttpServletRequest request) {
        String value = request.getHeader("Idempotency-Key");
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
