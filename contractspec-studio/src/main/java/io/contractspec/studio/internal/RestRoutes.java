package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The REST route of every operation as the server serves it under a base path, from the REST
 * module's own routing rules ({@link io.contractspec.rest.RestRoutes}): one source for routes,
 * never a second routing rule.
 */
final class RestRoutes {

    private final Map<String, ObjectNode> byRef;

    private RestRoutes(Map<String, ObjectNode> byRef) {
        this.byRef = byRef;
    }

    static RestRoutes of(ContractRegistry registry, String basePath) {
        String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        Map<String, ObjectNode> routes = new HashMap<>();
        for (io.contractspec.rest.RestRoutes.Route route : io.contractspec.rest.RestRoutes.of(registry)) {
            routes.put(route.operation().ref().toString(), JsonNodeFactory.instance.objectNode()
                    .put("method", route.method())
                    .put("path", prefix + route.path()));
        }
        return new RestRoutes(routes);
    }

    /** {@code {method, path}} of the operation. */
    Optional<ObjectNode> route(OperationSpec operation) {
        return Optional.ofNullable(byRef.get(operation.ref().toString())).map(ObjectNode::deepCopy);
    }
}
