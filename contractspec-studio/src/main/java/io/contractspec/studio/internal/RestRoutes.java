package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The REST route of every operation as the server serves it, read from the OpenAPI document the
 * REST module exports for the same base path (each operation object names its spec in
 * {@code x-contractspec}): one source for routes, never a second routing rule.
 */
final class RestRoutes {

    private final Map<String, ObjectNode> byRef;

    private RestRoutes(Map<String, ObjectNode> byRef) {
        this.byRef = byRef;
    }

    static RestRoutes of(ContractRegistry registry, String basePath) {
        ObjectNode document = OpenApiExporter.export(registry, OpenApiOptions.builder().basePath(basePath).build());
        Map<String, ObjectNode> routes = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode spec = method.getValue().path("x-contractspec");
            if (spec.hasNonNull("key") && spec.hasNonNull("version")) {
                routes.put(spec.get("key").asText() + "@" + spec.get("version").asText(), JsonNodeFactory.instance.objectNode()
                        .put("method", method.getKey().toUpperCase(Locale.ROOT))
                        .put("path", path.getKey()));
            }
        }));
        return new RestRoutes(routes);
    }

    /** {@code {method, path}} of the operation. */
    Optional<ObjectNode> route(OperationSpec operation) {
        return Optional.ofNullable(byRef.get(operation.key() + "@" + operation.version())).map(ObjectNode::deepCopy);
    }
}
