package io.contractspec.openapi.internal;

import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What two documents are compared on, for one operation: method and path (placeholders unnamed, so
 * a renamed path parameter is the same route; with the header or query value it matches when
 * operations share the path, see {@link RouteMatches}), its parameters with where they go and whether they
 * are required, and its numeric response statuses.
 *
 * @param route "GET /pets/{}"
 * @param pointer where the operation is in its document
 * @param parameters "query:limit" → required
 * @param shared true when an earlier operation of the document has the same route (the document
 *     tells them apart by a fragment or placeholder names only, which no router can)
 */
public record OperationShape(String route, String pointer, Map<String, Boolean> parameters, Set<Integer> statuses,
        boolean shared) {

    /** Headers every contract call may take or that HTTP handles; not compared. */
    private static final Set<String> IGNORED_HEADERS = Set.of("idempotency-key", "accept", "content-type",
            "authorization", "content-length", "user-agent");

    /** Every operation of a document by route, in document order; one that shares a route under its pointer. */
    public static Map<String, OperationShape> of(OpenAPI api) {
        Refs refs = new Refs(api);
        Map<String, OperationShape> shapes = new LinkedHashMap<>();
        if (api.getPaths() == null) {
            return shapes;
        }
        Map<String, RestRoute.Match> matches = RouteMatches.of(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String pointer = ImportProblems.step("/paths", path) + "/" + method.name().toLowerCase(Locale.ROOT);
            String route = method.name() + " " + normalize(path) + Optional.ofNullable(matches.get(pointer))
                    .map(match -> " [" + match.in().wireName() + " " + (match.in() == ParameterBinding.Location.HEADER
                            ? match.name().toLowerCase(Locale.ROOT) : match.name()) + "=" + match.value() + "]")
                    .orElse("");
            boolean shared = shapes.containsKey(route);
            shapes.put(shared ? route + " " + pointer : route, new OperationShape(route, pointer,
                    parameters(item, operation, refs), statuses(operation), shared));
        }));
        return shapes;
    }

    /**
     * The path without what follows '#': a fragment is never sent over HTTP, so {@code /#Action=X}
     * (AWS's way to list several operations on one route) is the route {@code /}.
     */
    public static String withoutFragment(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : hash == 0 ? "/" : path.substring(0, hash);
    }

    static String withoutFragment(String path, String pointer, ImportProblems problems) {
        String route = withoutFragment(path);
        if (!route.equals(path)) {
            problems.note(pointer, "path-fragment", "the path's fragment '" + path.substring(route.length())
                    + "' is not sent over HTTP; the route is " + route);
        }
        return route;
    }

    static String normalize(String path) {
        String unnamed = withoutFragment(path).replaceAll("\\{[^}/]*}", "{}");
        return unnamed.length() > 1 && unnamed.endsWith("/") ? unnamed.substring(0, unnamed.length() - 1) : unnamed;
    }

    private static Map<String, Boolean> parameters(PathItem item, Operation operation, Refs refs) {
        Map<String, Boolean> parameters = new LinkedHashMap<>();
        for (Parameter parameter : refs.parameters(item, operation, () -> {})) {
            String in = parameter.getIn();
            boolean header = in.equals("header");
            String name = header ? parameter.getName().toLowerCase(Locale.ROOT) : parameter.getName();
            // Path parameters are compared through the route (by place, not name); cookies are not bound.
            if (in.equals("path") || in.equals("cookie") || header && IGNORED_HEADERS.contains(name)) {
                continue;
            }
            parameters.put(in + ":" + name, Boolean.TRUE.equals(parameter.getRequired()));
        }
        return parameters;
    }

    private static Set<Integer> statuses(Operation operation) {
        Set<Integer> statuses = new TreeSet<>();
        if (operation.getResponses() != null) {
            operation.getResponses().keySet().stream().filter(status -> status.matches("[1-5][0-9][0-9]"))
                    .map(Integer::parseInt).forEach(statuses::add);
        }
        return statuses;
    }
}
