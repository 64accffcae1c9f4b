package io.contractspec.spring.internal;

import io.contractspec.rest.FlagResolver;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.RouteChoice;
import io.contractspec.rest.internal.RouteTable;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.spring.PrincipalResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Registers one Spring MVC mapping per operation route (the route table the Javalin adapter and the
 * OpenAPI export use; one per method and path that several operations share by a matched header or
 * query value, which then chooses among them), one per path for the methods no operation accepts ({@link MethodNotAllowed}),
 * and one for the OpenAPI document, in the application's {@code RequestMappingHandlerMapping}. A hand-written {@code @RequestMapping} with the same method and
 * path fails the startup as an ambiguous mapping, so a contract never silently shadows a controller.
 */
public final class ContractRoutes implements SmartInitializingSingleton {

    private static final Method HANDLE = method(ContractEndpoint.class, "handle");
    private static final Method CHOOSE = method(ChoosingContractEndpoint.class, "handle");
    private static final Method SERVE = method(OpenApiEndpoint.class, "serve");
    private static final Method REFUSE = method(MethodNotAllowed.class, "handle");

    private final RequestMappingHandlerMapping mapping;
    private final RouteTable table;
    private final OperationExecutor executor;
    private final PrincipalResolver principals;
    private final FlagResolver flags;
    private final ResponseWriter responses;
    private final long maxBodyBytes;
    private final OpenApiEndpoint openApi;

    public ContractRoutes(RequestMappingHandlerMapping mapping, RouteTable table, OperationExecutor executor,
            PrincipalResolver principals, FlagResolver flags, ResponseWriter responses, long maxBodyBytes,
            OpenApiEndpoint openApi) {
        this.mapping = mapping;
        this.table = table;
        this.executor = executor;
        this.principals = principals;
        this.flags = flags;
        this.responses = responses;
        this.maxBodyBytes = maxBodyBytes;
        this.openApi = openApi;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (List<OperationRoute> group : table.groups()) {
            OperationRoute first = group.get(0);
            RequestMappingInfo info = info(first.path(), RequestMethod.valueOf(first.method().name()));
            if (RouteChoice.needed(group)) {
                mapping.registerMapping(info, new ChoosingContractEndpoint(RouteChoice.of(group, this::endpoint),
                        responses), CHOOSE);
            } else {
                mapping.registerMapping(info, endpoint(first), HANDLE);
            }
        }
        Map<String, Set<String>> methodsByPath = new TreeMap<>();
        table.routes().forEach(route -> methodsByPath.computeIfAbsent(route.path(), path -> new TreeSet<>()).add(route.method().name()));
        methodsByPath.forEach((path, methods) -> mapping.registerMapping(
                RequestMappingInfo.paths(path).options(mapping.getBuilderConfiguration()).build(),
                new MethodNotAllowed(String.join(", ", methods), responses), REFUSE));
        if (openApi != null) {
            mapping.registerMapping(info(openApi.path(), RequestMethod.GET), openApi, SERVE);
        }
    }

    private ContractEndpoint endpoint(OperationRoute route) {
        return new ContractEndpoint(route, executor, principals, flags, responses, maxBodyBytes);
    }

    public List<OperationRoute> routes() {
        return table.routes();
    }

    private RequestMappingInfo info(String path, RequestMethod method) {
        return RequestMappingInfo.paths(path).methods(method).options(mapping.getBuilderConfiguration()).build();
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name, HttpServletRequest.class, HttpServletResponse.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
