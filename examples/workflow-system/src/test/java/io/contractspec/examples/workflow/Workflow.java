package io.contractspec.examples.workflow;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.SchemaType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The registry the tests read, found the way tools find it: through ServiceLoader. */
final class Workflow {

    static final ContractRegistry REGISTRY = ContractRegistry.discover(Workflow.class.getClassLoader());

    private Workflow() {}

    /** Every model the contracts use (inputs, outputs, payloads and what they nest), each once. */
    static List<Model> models() {
        Map<Model, Boolean> seen = new IdentityHashMap<>();
        Stream.concat(
                        REGISTRY.operations().stream()
                                .flatMap(op -> Stream.concat(op.input().stream(), Stream.of(op.output()))),
                        REGISTRY.events().stream().map(event -> event.payload()))
                .forEach(model -> collect(model, seen));
        return new ArrayList<>(seen.keySet());
    }

    /** Every enum the contracts use, each once. */
    static List<EnumType> enums() {
        Map<EnumType, Boolean> seen = new IdentityHashMap<>();
        for (Model model : models()) {
            model.fields().stream().map(Field::type)
                    .filter(EnumType.class::isInstance)
                    .forEach(type -> seen.put((EnumType) type, true));
        }
        return new ArrayList<>(seen.keySet());
    }

    private static void collect(Model model, Map<Model, Boolean> seen) {
        if (seen.put(model, true) == null) {
            for (Field field : model.fields()) {
                SchemaType type = field.type();
                if (type instanceof Model nested) {
                    collect(nested, seen);
                }
            }
        }
    }
}
