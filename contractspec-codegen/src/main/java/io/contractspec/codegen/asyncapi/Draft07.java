package io.contractspec.codegen.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a JSON Schema 2020-12 fragment for AsyncAPI's default schema format, a superset of
 * draft-07, where keywords beside {@code $ref} are ignored: {@code {"$ref": X, "description": …,
 * "minLength": 1}} becomes {@code {"description": …, "minLength": 1, "allOf": [{"$ref": X}]}}, which
 * means the same in both drafts. Free-form objects say {@code additionalProperties: true}.
 */
final class Draft07 {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Draft07() {}

    static ObjectNode of(ObjectNode schema) {
        return (ObjectNode) rewrite(schema);
    }

    private static JsonNode rewrite(JsonNode node) {
        if (node.isArray()) {
            var array = JSON.arrayNode();
            node.forEach(item -> array.add(rewrite(item)));
            return array;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode result = JSON.objectNode();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            if (!field.getKey().equals("$ref")) {
                result.set(field.getKey(), rewrite(field.getValue()));
            }
        }
        if (node.has("$ref")) {
            if (result.isEmpty()) {
                return result.put("$ref", node.get("$ref").asText());
            }
            ArrayNode allOf = result.has("allOf") ? (ArrayNode) result.get("allOf") : result.putArray("allOf");
            allOf.addObject().put("$ref", node.get("$ref").asText());
        }
        if ("object".equals(result.path("type").asText(null)) && !result.has("properties")
                && !result.has("additionalProperties") && !result.has("patternProperties")) {
            result.put("additionalProperties", true);
        }
        return result;
    }
}
