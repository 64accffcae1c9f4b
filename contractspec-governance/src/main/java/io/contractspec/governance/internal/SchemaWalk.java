package io.contractspec.governance.internal;

import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Visits every field of a model and of the models it nests, depth first, in declaration order. */
public final class SchemaWalk {

    /** Receives each field with its path: dotted field names, {@code []} after array fields of models. */
    @FunctionalInterface
    public interface Visitor {
        void field(String path, Field field);
    }

    private SchemaWalk() {}

    public static void fields(Model model, String path, Visitor visitor) {
        for (Field field : model.fields()) {
            String at = Paths.join(path, field.name());
            visitor.field(at, field);
            if (field.type() instanceof Model nested) {
                fields(nested, field.isArray() ? at + "[]" : at, visitor);
            }
        }
    }
}
