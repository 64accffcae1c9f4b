package io.contractspec.rest.internal;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The route of every operation of a registry, computed once and shared by the server and the
 * OpenAPI export so that what is documented is what is served.
 *
 * <p>An operation is served at its transport override when it has one, else at
 * {@code <base>/<key segments>/v<version>} (queries GET, commands POST). When several versions of
 * one key declare the same override, the highest version takes it and the others keep their
 * default route. Two different operations with one method and path shape are an error, unless
 * each matches its own header or query value ({@link RestRoute.Match}): those share the path and
 * the server tells them apart by the value.
 *
 * <p>Routes are ordered so that, segment by segment, a literal comes before a segment that mixes
 * text and placeholders ({@code {name}:cancel}), and that before a bare placeholder: a router that
 * takes the first match then picks the most specific route.
 */
public final class RouteTable {

    private final List<OperationRoute> routes;

    private RouteTable(List<OperationRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    public static RouteTable of(ContractRegistry registry, String basePath) {
        String base = normalizeBasePath(basePath);
        Map<String, OperationSpec> overrideOwners = overrideOwners(registry);
        List<OperationRoute> routes = new ArrayList<>();
        Map<String, OperationRoute> byShape = new HashMap<>();
        Map<String, OperationRoute> firstOfShape = new HashMap<>();
        for (OperationSpec operation : registry.operations()) {
            OperationRoute route = routeOf(operation, base, overrideOwners);
            String shape = route.method() + " " + route.shape();
            OperationRoute clash = byShape.putIfAbsent(shape + route.match().map(match -> " " + match.in() + " "
                    + match.name().toLowerCase(Locale.ROOT) + "=" + match.value()).orElse(""), route);
            if (clash != null) {
                throw new IllegalArgumentException("REST route " + route.method() + " " + route.path() + " of "
                        + operation.ref() + " collides with " + clash.method() + " " + clash.path() + " of "
                        + clash.operation().ref());
            }
            OperationRoute first = firstOfShape.putIfAbsent(shape, route);
            if (first != null && !first.path().equals(route.path())) {
                // One path served by one handler that chooses by the value: its placeholders have one set of names.
                throw new IllegalArgumentException("REST route " + route.method() + " " + route.path() + " of "
                        + operation.ref() + " has the shape of "
                        + first.method() + " " + first.path() + " of " + first.operation().ref() + " with other"
                        + " placeholder names; routes that share a path and match different values name them alike");
            }
            routes.add(route);
        }
        routes.sort(SPECIFIC_FIRST);
        return new RouteTable(routes);
    }

    /** Every route, most specific first; ties in path order, then method. */
    public List<OperationRoute> routes() {
        return routes;
    }

    /**
     * The routes grouped by method and path, in matching order: one route, or several that each
     * match a header or query value (then {@link RouteChoice} picks; a route without a match last).
     */
    public List<List<OperationRoute>> groups() {
        Map<String, List<OperationRoute>> groups = new LinkedHashMap<>();
        for (OperationRoute route : routes) {
            groups.computeIfAbsent(route.method() + " " + route.path(), path -> new ArrayList<>()).add(route);
        }
        groups.values().forEach(group -> group.sort(Comparator.comparing(route -> route.match().isEmpty())));
        return groups.values().stream().map(List::copyOf).toList();
    }

    public Optional<OperationRoute> routeOf(OperationSpec operation) {
        return routes.stream().filter(route -> route.operation() == operation).findFirst();
    }

    /** "" or "/segments" without a trailing slash. */
    public static String normalizeBasePath(String basePath) {
        String base = basePath == null ? "" : basePath.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        return base;
    }

    /** The default path of an operation under a base path: {@code /workflow/instance/resume/v1.0.0}. */
    public static String defaultPath(String base, OperationSpec operation) {
        return base + "/" + operation.key().replace('.', '/') + "/v" + operation.version();
    }

    private static OperationRoute routeOf(OperationSpec operation, String base, Map<String, OperationSpec> owners) {
        Optional<RestRoute> override = operation.transport().rest()
                .filter(rest -> owners.get(rest.toString()) == operation);
        if (override.isPresent()) {
            RestRoute rest = override.get();
            return new OperationRoute(operation, rest.method(), base + rest.path(), rest.pathParameters(), rest.match(),
                    true);
        }
        RestRoute.Method method = operation.isCommand() ? RestRoute.Method.POST : RestRoute.Method.GET;
        return new OperationRoute(operation, method, defaultPath(base, operation), List.of(), Optional.empty(), false);
    }

    /** For each declared override, the operation that gets it: the highest version of one key. */
    private static Map<String, OperationSpec> overrideOwners(ContractRegistry registry) {
        Map<String, OperationSpec> owners = new HashMap<>();
        for (OperationSpec operation : registry.operations()) {
            operation.transport().rest().ifPresent(rest -> owners.merge(rest.toString(), operation,
                    (held, candidate) -> {
                        if (!held.key().equals(candidate.key())) {
                            throw new IllegalArgumentException("REST route " + rest + " is declared by both "
                                    + held.ref() + " and " + candidate.ref());
                        }
                        return candidate.meta().semver().compareTo(held.meta().semver()) > 0 ? candidate : held;
                    }));
        }
        return owners;
    }

    private static final int LITERAL = 0;
    private static final int MIXED = 1;
    private static final int PLACEHOLDER = 2;

    private static final Comparator<OperationRoute> SPECIFIC_FIRST = (a, b) -> {
        String[] left = a.path().split("/");
        String[] right = b.path().split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int byKind = Integer.compare(kind(left[i]), kind(right[i]));
            if (byKind != 0) {
                return byKind;
            }
            int byText = kind(left[i]) == PLACEHOLDER ? 0 : left[i].compareTo(right[i]);
            if (byText != 0) {
                return byText;
            }
        }
        int byLength = Integer.compare(left.length, right.length);
        return byLength != 0 ? byLength : a.method().compareTo(b.method());
    };

    /** Literal text first, then segments that mix text and placeholders ({name}:cancel), then a bare {placeholder}. */
    private static int kind(String segment) {
        if (!segment.contains("{")) {
            return LITERAL;
        }
        return segment.startsWith("{") && segment.indexOf('}') == segment.length() - 1 ? PLACEHOLDER : MIXED;
    }
}
