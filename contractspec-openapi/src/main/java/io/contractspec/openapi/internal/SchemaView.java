package io.contractspec.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one schema the same way whatever the document's version: 3.0 {@code type} + {@code nullable},
 * 3.1 {@code type} arrays with {@code "null"}, {@code const}, numeric exclusive bounds.
 */
record SchemaView(Schema<?> schema) {

    /** The JSON types named, {@code "null"} left out. Empty when the schema names none. */
    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        }
        types.remove("null");
        return types;
    }

    /** Exactly one JSON type, or empty. */
    Optional<String> type() {
        Set<String> types = types();
        return types.size() == 1 ? Optional.of(types.iterator().next()) : Optional.empty();
    }

    /** {@code nullable: true}, {@code "null"} among the types, or a {@code {type: null}} alternative of a oneOf/anyOf. */
    boolean nullable() {
        return Boolean.TRUE.equals(schema.getNullable())
                || schema.getTypes() != null && schema.getTypes().contains("null")
                || "null".equals(schema.getType())
                || alternatives().stream().anyMatch(SchemaView::isNullOnly);
    }

    /** The oneOf or else anyOf alternatives; empty when there are none. */
    List<Schema> alternatives() {
        List<Schema> variants = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        return variants == null ? List.of() : variants;
    }

    /** A schema that accepts only null: {@code {type: null}} or {@code {nullable: true}} with nothing else. */
    static boolean isNullOnly(Schema<?> schema) {
        SchemaView view = new SchemaView(schema);
        return schema.get$ref() == null && view.types().isEmpty() && view.nullable(false);
    }

    private boolean nullable(boolean alternativesToo) {
        return Boolean.TRUE.equals(schema.getNullable())
                || schema.getTypes() != null && schema.getTypes().contains("null")
                || "null".equals(schema.getType());
    }

    boolean isObject() {
        return types().contains("object") || types().isEmpty() && (properties() != null || schema.getAllOf() != null);
    }

    Map<String, Schema> properties() {
        return schema.getProperties();
    }

    List<String> required() {
        return schema.getRequired() == null ? List.of() : schema.getRequired();
    }

    /**
     * The schema of map values when {@code additionalProperties} is a schema; not when it is the
     * boolean schema {@code true} (3.1 may parse it so), which says "any properties", not a map's values.
     */
    Optional<Schema<?>> mapValues() {
        return schema.getAdditionalProperties() instanceof Schema<?> values && values.getBooleanSchemaValue() == null
                ? Optional.of(values) : Optional.empty();
    }

    boolean forbidsAdditionalProperties() {
        Object additional = schema.getAdditionalProperties();
        // 3.0 parses "false" as a Boolean, 3.1 as a boolean schema.
        return Boolean.FALSE.equals(additional)
                || additional instanceof Schema<?> booleanSchema && Boolean.FALSE.equals(booleanSchema.getBooleanSchemaValue());
    }

    Optional<JsonNode> constant() {
        return Optional.ofNullable(schema.getConst()).map(SchemaView::json);
    }

    Optional<JsonNode> defaultValue() {
        return Optional.ofNullable(schema.getDefault()).map(SchemaView::json);
    }

    String description() {
        return schema.getDescription() == null ? "" : schema.getDescription().strip();
    }

    static JsonNode json(Object value) {
        return Json.mapper().valueToTree(value);
    }
}
