package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adjustments that make the component schemas read the same in code generators as in validators:
 * free-form objects say {@code additionalProperties: true} (bare {@code type: object} becomes
 * {@code Record<string, never>} in openapi-typescript), and property defaults move into the
 * description, because generators read a default as "always present" and would make callers send
 * a field the server fills in; {@code x-contractspec-default} keeps the value for our own import.
 * Both keep the set of valid payloads unchanged.
 */
final class SchemaTidy {

    private static final String PREFIX = "#/components/schemas/";
    /** Where a property's default goes beside the prose, so that importing our own export restores it. */
    static final String OWN_DEFAULT = "x-contractspec-default";

    private SchemaTidy() {}

    static void tidy(ObjectNode schema) {
        openFreeFormObjects(schema);
        describeDefaults(schema);
    }

    private static void openFreeFormObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if ("object".equals(object.path("type").asText(null)) && !object.has("properties")
                    && !object.has("additionalProperties") && !object.has("patternProperties")) {
                object.put("additionalProperties", true);
            }
        }
        node.forEach(SchemaTidy::openFreeFormObjects);
    }

    private static void describeDefaults(ObjectNode schema) {
        JsonNode properties = schema.path("properties");
        properties.forEach(property -> {
            if (property.isObject() && property.has("default")) {
                ObjectNode object = (ObjectNode) property;
                String description = object.path("description").asText("");
                String note = "Default: " + object.get("default") + ".";
                object.put("description", description.isEmpty() ? note : description + " " + note);
                object.set(OWN_DEFAULT, object.remove("default"));
            }
        });
    }

    /** The names of the component schemas the given part of the document uses, directly or through others. */
    static Set<String> used(JsonNode outsideSchemas, Map<String, ObjectNode> schemas) {
        Set<String> used = new TreeSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(outsideSchemas);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
                String name = ref.asText().substring(PREFIX.length());
                if (used.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
            }
            node.forEach(pending::add);
        }
        return used;
    }
}
