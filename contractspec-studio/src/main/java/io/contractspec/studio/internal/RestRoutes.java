package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The REST route of every operation as the server serves it, read from the OpenAPI document the
 * REST module exports for the same base path: one source for routes, never a second routing rule.
 */
final class RestRoutes {

    private final Map<String, ObjectNode> byOperationId;

    private RestRoutes(Map<String, ObjectNode> byOperationId) {
        this.byOperationId = byOperationId;
    }

    static RestRoutes of(ContractRegistry registry, String basePath) {
        ObjectNode document = OpenApiExporter.export(registry, OpenApiOptions.builder().basePath(basePath).build());
        Map<String, ObjectNode> routes = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operationId = method.getValue().get("operationId");
            if (operationId != null) {
                routes.put(operationId.asText(), JsonNodeFactory.instance.objectNode()
                        .put("method", method.getKey().toUpperCase(Locale.ROOT))
                        .put("path", path.getKey()));
            }
        }));
        return new RestRoutes(routes);
    }

    /** {@code {method, path}} of the operation with this OpenAPI operationId. */
    Optional<ObjectNode> route(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId)).map(ObjectNode::deepCopy);
    }
}
