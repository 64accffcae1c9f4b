package io.contractspec.spring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.rest.internal.JsonCodec;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.spring.OpenApiCustomizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The served OpenAPI document: the contracts' export, then each included fragment (the hand-written
 * side, documented by the team) merged in, then the customizers. A fragment that documents a path
 * method or a schema the contracts already document fails the startup: one fact, one place.
 * Hand-written fragments name their paths from the application's root, so unless servers are
 * configured the contracts' paths are written from the root too (base path included, one server
 * {@code /}) and both sides read alike.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {}

    public static ObjectNode build(ContractRegistry registry, OpenApiOptions options, List<String> includes,
            ResourceLoader resources, JsonCodec json, List<OpenApiCustomizer> customizers) {
        ObjectNode document = OpenApiExporter.export(registry, options);
        if (options.servers().isEmpty()) {
            fromRoot(document, options.basePath());
        }
        for (String location : includes) {
            merge(document, read(resources.getResource(location), location, json), location);
        }
        customizers.forEach(customizer -> customizer.customize(document));
        return document;
    }

    private static void fromRoot(ObjectNode document, String basePath) {
        String prefix = basePath == null || basePath.equals("/") ? "" : basePath.replaceAll("/+$", "");
        if (prefix.isEmpty()) {
            return;
        }
        ObjectNode paths = document.objectNode();
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            paths.set(prefix + path.getKey(), path.getValue());
        }
        document.set("paths", paths);
        document.putArray("servers").addObject().put("url", "/");
    }

    private static JsonNode read(Resource resource, String location, JsonCodec json) {
        if (!resource.exists()) {
            throw new IllegalStateException("contractspec.rest.openapi.include: " + location + " does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode fragment = json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!fragment.isObject()) {
                throw new IllegalStateException("contractspec.rest.openapi.include: " + location + " is not a JSON object");
            }
            return fragment;
        } catch (JsonCodec.MalformedJson e) {
            throw new IllegalStateException("contractspec.rest.openapi.include: " + location + " is not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + location, e);
        }
    }

    private static void merge(ObjectNode document, JsonNode fragment, String location) {
        ObjectNode paths = document.withObject("/paths");
        for (Map.Entry<String, JsonNode> path : fields(fragment.path("paths"))) {
            ObjectNode item = paths.withObject("/" + path.getKey().replace("~", "~0").replace("/", "~1"));
            for (Map.Entry<String, JsonNode> method : fields(path.getValue())) {
                if (item.has(method.getKey())) {
                    throw clash(location, method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
                item.set(method.getKey(), method.getValue());
            }
        }
        ObjectNode schemas = document.withObject("/components").withObject("/schemas");
        for (Map.Entry<String, JsonNode> schema : fields(fragment.path("components").path("schemas"))) {
            if (schemas.has(schema.getKey())) {
                throw clash(location, "schema " + schema.getKey());
            }
            schemas.set(schema.getKey(), schema.getValue());
        }
        mergeTags(document, fragment.path("tags"));
    }

    private static void mergeTags(ObjectNode document, JsonNode tags) {
        if (!tags.isArray() || tags.isEmpty()) {
            return;
        }
        ArrayNode existing = document.withArray("tags");
        Set<String> names = new HashSet<>();
        existing.forEach(tag -> names.add(tag.path("name").asText()));
        tags.forEach(tag -> {
            if (names.add(tag.path("name").asText())) {
                existing.add(tag);
            }
        });
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> iterator = node.fields();
        return () -> iterator;
    }

    private static IllegalStateException clash(String location, String what) {
        return new IllegalStateException("contractspec.rest.openapi.include: " + location + " documents " + what
                + ", which the contracts already document; remove it from the fragment");
    }
}
