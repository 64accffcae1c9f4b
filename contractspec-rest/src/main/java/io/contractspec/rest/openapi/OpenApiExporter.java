package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.internal.OperationRoute;
import io.contractspec.rest.internal.RouteTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the operations of a registry as an OpenAPI 3.1 document: the routes the REST adapter
 * serves (relative to the servers, which carry the base path), their parameters and bodies, every declared and standard error with one shared problem
 * schema, security, examples from the acceptance examples, tags, deprecation and
 * {@code x-contractspec} metadata. The same registry and options always give the same document,
 * key for key.
 *
 * <pre>{@code
 * ObjectNode document = OpenApiExporter.export(registry, OpenApiOptions.builder().title("Workflow API").build());
 * }</pre>
 */
@PublicApi
public final class OpenApiExporter {

    public static final String OPENAPI_VERSION = "3.1.0";

    /** Methods in the order OpenAPI lists them in a path item. */
    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiExporter() {}

    public static ObjectNode export(ContractRegistry registry, OpenApiOptions options) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(options, "options");
        DocContext context = DocContext.of(registry, options);
        Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        SortedSet<String> tags = new TreeSet<>();
        // Paths are relative to the servers, which carry the base path.
        for (OperationRoute route : RouteTable.of(registry, "").routes()) {
            String method = route.method().name().toLowerCase(Locale.ROOT);
            ObjectNode operation = OperationObject.of(route, context);
            operation.path("tags").forEach(tag -> tags.add(tag.asText()));
            paths.computeIfAbsent(pathKey(route), path -> new TreeMap<>(
                    (a, b) -> Integer.compare(METHOD_ORDER.indexOf(a), METHOD_ORDER.indexOf(b)))).put(method, operation);
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode document = json.objectNode().put("openapi", OPENAPI_VERSION);
        document.set("info", Info.of(options));
        servers(options).forEach(url -> document.withArray("servers").addObject().put("url", url));
        if (!tags.isEmpty()) {
            document.set("tags", context.tags().toJson(tags));
        }
        ObjectNode pathNodes = document.putObject("paths");
        paths.forEach((path, methods) -> {
            ObjectNode item = pathNodes.putObject(path);
            methods.forEach(item::set);
        });
        ArrayNode events = options.allSpecs() ? OwnEvents.of(registry, context.components(), pathNodes) : json.arrayNode();
        if (!events.isEmpty()) {
            document.set(OwnEvents.EXTENSION, events);
        }
        if (options.allSpecs()) {
            OwnSpecs.features(registry).ifPresent(features -> document.set(OwnSpecs.FEATURES, features));
            OwnSpecs.capabilities(registry).ifPresent(capabilities -> document.set(OwnSpecs.CAPABILITIES, capabilities));
        }
        // The components the paths and the events' payloads use.
        document.set("components", context.components().toJson(options.securityScheme(),
                json.arrayNode().add(pathNodes).add(events)));
        return document;
    }

    /**
     * The route's path; for a route that matches a header or query value, the path with
     * {@code #name=value}: OpenAPI keeps one operation per method and path, and this is the way
     * public descriptions (APIs.guru's AWS documents) list the operations that share one route.
     * The fragment is never sent; the parameter, required with that one value, is what tells them apart.
     */
    static String pathKey(OperationRoute route) {
        return route.path() + route.match().map(match -> "#" + match.name() + "=" + match.value()).orElse("");
    }

    /** The configured servers, else the base path the routes are served under, else {@code /}. */
    static List<String> servers(OpenApiOptions options) {
        if (!options.servers().isEmpty()) {
            return options.servers();
        }
        String base = RouteTable.normalizeBasePath(options.basePath());
        return List.of(base.isEmpty() ? "/" : base);
    }
}
