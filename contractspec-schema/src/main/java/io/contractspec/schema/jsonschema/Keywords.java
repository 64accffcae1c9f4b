package io.contractspec.schema.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** Small schema-building operations that keep the projection exact whatever a fragment contains. */
final class Keywords {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Keywords that assert nothing about a JSON null: they are annotations or apply to one JSON
     * kind only. A schema made of {@code type} plus these accepts null exactly when its type
     * lists "null", so nullability can be stated inside {@code type}.
     */
    private static final Set<String> IGNORE_NULL = Set.of(
            "title", "description", "default", "examples", "$comment", "deprecated", "readOnly",
            "writeOnly", "format", "contentEncoding", "contentMediaType", "minLength", "maxLength", "pattern",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "prefixItems",
            "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "properties",
            "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties",
            "maxProperties", "dependentRequired", "dependentSchemas", "unevaluatedItems", "unevaluatedProperties");

    private static final ObjectNode NOT_NULL = JSON.objectNode().put("type", "null");

    private Keywords() {}

    /**
     * Adds keywords to a schema. When a keyword is already there (a scalar fragment with its own
     * {@code minimum}, say) both must hold, so the fragment moves into an {@code allOf}.
     */
    static ObjectNode merge(ObjectNode schema, ObjectNode extra) {
        for (Iterator<String> names = extra.fieldNames(); names.hasNext(); ) {
            if (schema.has(names.next())) {
                ObjectNode wrapped = JSON.objectNode();
                wrapped.putArray("allOf").add(schema);
                return wrapped.setAll(extra);
            }
        }
        return schema.setAll(extra);
    }

    /** The schema, also accepting null: inside {@code type} where that is exact, else with {@code anyOf}. */
    static ObjectNode orNull(ObjectNode schema) {
        if (NOT_NULL.equals(schema.get("not")) && onlyIgnoringNull(schema, "not")) {
            // Only the "not null" we added restricted null; without it the schema accepts null and the rest.
            schema.remove("not");
            return schema;
        }
        JsonNode type = schema.get("type");
        boolean simple = type != null && (type.isTextual() || type.isArray()) && onlyIgnoringNull(schema, "type");
        if (simple) {
            ArrayNode types = type.isArray() ? (ArrayNode) type : JSON.arrayNode().add(type);
            if (!listsNullType(types)) {
                types.add("null");
            }
            schema.set("type", types);
            return schema;
        }
        ObjectNode either = JSON.objectNode();
        either.putArray("anyOf").add(schema).add(JSON.objectNode().put("type", "null"));
        return either;
    }

    /** The schema, rejecting null: our values are never null unless the field says nullable. */
    static ObjectNode notNull(ObjectNode schema) {
        if (rejectsNull(schema)) {
            return schema;
        }
        return merge(schema, JSON.objectNode().set("not", NOT_NULL.deepCopy()));
    }

    /** True when the schema's own keywords already reject null (a type or enum without null). */
    static boolean rejectsNull(JsonNode schema) {
        JsonNode type = schema.path("type");
        JsonNode values = schema.path("enum");
        return type.isTextual() && !type.textValue().equals("null")
                || type.isArray() && !listsNullType(type)
                || values.isArray() && !listsNullValue(values)
                || schema.has("const") && !schema.get("const").isNull();
    }

    private static boolean onlyIgnoringNull(ObjectNode schema, String except) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(except) && !IGNORE_NULL.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean listsNullType(JsonNode types) {
        for (JsonNode type : types) {
            if ("null".equals(type.textValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean listsNullValue(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }
}
