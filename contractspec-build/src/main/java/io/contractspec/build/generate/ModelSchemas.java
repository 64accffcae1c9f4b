package io.contractspec.build.generate;

import io.contractspec.build.load.LoadException;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import java.util.SortedMap;
import java.util.TreeMap;

/** One standalone JSON Schema document per input, output and event payload model, by model name. */
final class ModelSchemas {

    private ModelSchemas() {}

    static SortedMap<String, byte[]> generate(ContractRegistry registry, String folder) {
        SortedMap<String, Model> models = new TreeMap<>();
        for (OperationSpec operation : registry.operations()) {
            operation.input().ifPresent(model -> add(models, model, operation.ref().toString()));
            add(models, operation.output(), operation.ref().toString());
        }
        for (EventSpec event : registry.events()) {
            add(models, event.payload(), event.ref().toString());
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        models.forEach((name, model) -> files.put(folder + name + ".schema.json", JsonText.prettyBytes(project(model))));
        return files;
    }

    private static void add(SortedMap<String, Model> models, Model model, String user) {
        Model previous = models.putIfAbsent(model.name(), model);
        if (previous != null && !previous.equals(model)) {
            throw new LoadException("cannot generate JSON Schema: two different models are named '" + model.name()
                    + "' (one used by " + user + "); give them distinct names");
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode project(Model model) {
        try {
            return JsonSchemaProjection.of(model);
        } catch (IllegalArgumentException e) {
            throw new LoadException("cannot generate the JSON Schema of model '" + model.name() + "': " + e.getMessage(), e);
        }
    }
}
