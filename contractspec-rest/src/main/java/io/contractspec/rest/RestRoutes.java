package io.contractspec.rest;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.RouteTable;
import io.contractspec.schema.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the REST surface serves each operation and where each input field travels, for generators
 * of clients that call it: the same routing rules as the server, read without starting one.
 *
 * <pre>{@code
 * for (RestRoutes.Route route : RestRoutes.of(registry)) {
 *     route.method();   // "POST"
 *     route.path();     // "/workflow/instances/{instanceId}/resume" (relative to the base path)
 *     route.fields();   // instanceId in PATH, reason in BODY
 * }
 * }</pre>
 */
@PublicApi
public final class RestRoutes {

    private RestRoutes() {}

    /** Where one input field travels: a path placeholder, a query parameter, a header, or the JSON body. */
    public enum Place { PATH, QUERY, HEADER, BODY }

    /** One input field on the wire: its field name, the parameter name (equal for path and body) and its place. */
    public record FieldPlace(String field, String name, Place place) {
        public FieldPlace {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(place, "place");
        }
    }

    /**
     * One operation's route: upper-case method, path relative to the base path, its input fields, and
     * the header or query value a caller must send when the route shares its path with other operations.
     */
    public record Route(OperationSpec operation, String method, String path, List<FieldPlace> fields,
            Optional<RestRoute.Match> match) {
        public Route {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(match, "match");
            fields = List.copyOf(fields);
        }
    }

    /** Every operation's route, in the server's matching order. */
    public static List<Route> of(ContractRegistry registry) {
        List<Route> routes = new ArrayList<>();
        for (OperationRoute route : RouteTable.of(registry, "").routes()) {
            routes.add(new Route(route.operation(), route.method().name().toUpperCase(Locale.ROOT), route.path(),
                    fields(route), route.match()));
        }
        return List.copyOf(routes);
    }

    private static List<FieldPlace> fields(OperationRoute route) {
        OperationSpec operation = route.operation();
        Map<String, ParameterBinding> bound = new HashMap<>();
        operation.parameters().stream().filter(binding -> binding.in() != ParameterBinding.Location.PATH)
                .forEach(binding -> bound.put(binding.field(), binding));
        List<FieldPlace> places = new ArrayList<>();
        for (Field field : operation.input().map(model -> model.fields()).orElse(List.of())) {
            String name = field.name();
            ParameterBinding binding = bound.get(name);
            if (route.pathParameters().contains(name)) {
                places.add(new FieldPlace(name, name, Place.PATH));
            } else if (binding != null) {
                places.add(new FieldPlace(name, binding.name(),
                        binding.in() == ParameterBinding.Location.HEADER ? Place.HEADER : Place.QUERY));
            } else {
                places.add(new FieldPlace(name, name, route.inputFromQuery() ? Place.QUERY : Place.BODY));
            }
        }
        return places;
    }
}
