package io.contractspec.rest.internal;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import java.util.List;
import java.util.Objects;

/**
 * Where one operation is served: method and full path (base path included, {@code {field}}
 * placeholders for path parameters), and whether the path comes from the spec's transport override.
 */
public record OperationRoute(OperationSpec operation, RestRoute.Method method, String path,
        List<String> pathParameters, boolean override) {

    public OperationRoute {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParameters = List.copyOf(pathParameters);
    }

    /** GET and DELETE take their input from the query string; the others from a JSON body. */
    public boolean inputFromQuery() {
        return method == RestRoute.Method.GET || method == RestRoute.Method.DELETE;
    }

    /** The path with every placeholder reduced to {@code {}}: two routes with one shape collide. */
    String shape() {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
