package io.contractspec.governance.internal;

import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Union;

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
            String inner = field.isArray() ? at + "[]" : field.isMap() ? at + "{}" : at;
            if (field.type() instanceof Model nested) {
                fields(nested, inner, visitor);
            } else if (field.type() instanceof Union union) {
                for (Union.Variant variant : union.variants()) {
                    if (variant.type() instanceof Model nested) {
                        fields(nested, inner + "|" + variant.tag(), visitor);
                    }
                }
            }
        }
    }
}
