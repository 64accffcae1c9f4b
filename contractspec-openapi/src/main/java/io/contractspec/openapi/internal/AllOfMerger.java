package io.contractspec.openapi.internal;

import io.contractspec.schema.Model;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code allOf} merged into one model: the properties of every part (references and nested allOf
 * followed) in order, required where any part requires them; a later part's property replaces an
 * earlier one of the same name. Parts that are not objects are left out with a diagnostic.
 */
final class AllOfMerger {

    private final SchemaMapper schemas;
    private final ImportProblems problems;

    AllOfMerger(SchemaMapper schemas, ImportProblems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    Optional<Model> merge(Schema<?> schema, String name, String pointer) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        Map<String, String> pointers = new HashMap<>();
        Set<String> required = new HashSet<>();
        List<String> descriptions = new ArrayList<>();
        collect(schema, pointer, properties, pointers, required, descriptions, new HashSet<>());
        if (properties.isEmpty()) {
            return Optional.empty();
        }
        Model.Builder model = Model.builder(name).description(descriptions.isEmpty() ? "" : descriptions.get(0));
        properties.forEach((property, propertySchema) -> {
            if (schemas.keeps(propertySchema)) {
                model.field(schemas.field(property, propertySchema, required.contains(property), name,
                        pointers.get(property)));
            }
        });
        return Optional.of(ModelBuilds.build(model.allowUnknownFields(), pointer, problems));
    }

    private void collect(Schema<?> schema, String pointer, Map<String, Schema> properties, Map<String, String> pointers,
            Set<String> required, List<String> descriptions, Set<Schema<?>> seen) {
        Schema<?> resolved = schemas.resolve(schema);
        if (resolved == null || !seen.add(resolved)) {
            return;
        }
        SchemaView view = new SchemaView(resolved);
        if (!view.description().isEmpty()) {
            descriptions.add(view.description());
        }
        if (resolved.getAllOf() != null) {
            for (int i = 0; i < resolved.getAllOf().size(); i++) {
                Schema<?> part = resolved.getAllOf().get(i);
                String at = part.get$ref() != null && part.get$ref().startsWith("#/")
                        ? part.get$ref().substring(1) : pointer + "/allOf/" + i;
                collect(part, at, properties, pointers, required, descriptions, seen);
            }
        }
        if (!view.alternatives().isEmpty()) {
            problems.warn(pointer, "allof-union", "a oneOf/anyOf inside an allOf is left out of the merged model");
        }
        if (view.properties() != null) {
            view.properties().forEach((property, propertySchema) -> {
                properties.remove(property);
                properties.put(property, propertySchema);
                pointers.put(property, ImportProblems.step(pointer + "/properties", property));
            });
        }
        required.addAll(view.required());
    }
}
