package io.contractspec.studio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;

/**
 * The models the specs use at their top level (inputs, outputs, event payloads), each once by
 * name with its JSON Schema and the specs that use it. Two different models under one name are
 * the lint error {@code ConflictingModelShapes}; the catalog shows the first it meets.
 */
final class ModelCatalog {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, Model> models;
    private final Map<String, List<String>> usedBy;

    private ModelCatalog(Map<String, Model> models, Map<String, List<String>> usedBy) {
        this.models = models;
        this.usedBy = usedBy;
    }

    static ModelCatalog of(ContractRegistry registry) {
        Map<String, Model> models = new TreeMap<>();
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        for (OperationSpec operation : registry.operations()) {
            operation.input().ifPresent(input -> add(models, usedBy, input, operation.ref() + " input"));
            add(models, usedBy, operation.output(), operation.ref() + " output");
        }
        for (EventSpec event : registry.events()) {
            add(models, usedBy, event.payload(), event.ref() + " payload");
        }
        return new ModelCatalog(models, usedBy);
    }

    private static void add(Map<String, Model> models, Map<String, List<String>> usedBy, Model model, String use) {
        models.putIfAbsent(model.name(), model);
        usedBy.computeIfAbsent(model.name(), name -> new ArrayList<>()).add(use);
    }

    ArrayNode toJson() {
        ArrayNode array = JSON.arrayNode();
        models.forEach((name, model) -> {
            ObjectNode node = array.addObject()
                    .put("name", name)
                    .put("description", model.description() == null ? "" : model.description());
            ArrayNode uses = node.putArray("usedBy");
            usedBy.get(name).forEach(uses::add);
            node.set("schema", JsonSchemaProjection.of(model));
        });
        return array;
    }
}
