package io.contractspec.rest.internal;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.ParameterBinding;
import io.contractspec.core.spec.RestRoute;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one operation is served: method and full path (base path included, {@code {field}}
 * placeholders for path parameters), the header or query value it matches when several operations
 * share the path, and whether the path comes from the spec's transport override.
 */
public record OperationRoute(OperationSpec operation, RestRoute.Method method, String path,
        List<String> pathParameters, Optional<RestRoute.Match> match, boolean override) {

    public OperationRoute {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(match, "match");
        pathParameters = List.copyOf(pathParameters);
    }

    /** GET, DELETE and HEAD take their input from the query string; the others from a JSON body. */
    public boolean inputFromQuery() {
        return method.inputFromQuery();
    }

    /** The query parameter the route matches, which is therefore no input field. */
    public Optional<String> matchedQueryParameter() {
        return match.filter(condition -> condition.in() == ParameterBinding.Location.QUERY).map(RestRoute.Match::name);
    }

    /** The path with every placeholder reduced to {@code {}}: two routes with one shape collide. */
    String shape() {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
