package io.contractspec.governance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks partial objects against models, the way an example's expected output is meant: every key
 * it uses must be a field of the model and every value must fit that field, but fields may be left
 * out at any depth, required ones too. It validates against a copy of the model in which every
 * field is optional, so the model's own validator judges each value; the copies are made once per
 * model and kept for the life of this checker.
 */
public final class PartialObjects {

    private final Map<Model, Model> relaxed = new IdentityHashMap<>();

    /** Every problem, with payload paths ({@code lines[1].qty}); empty when the partial object fits. */
    public List<Diagnostic> issues(Model model, JsonNode partial) {
        return relax(model).validate(partial).issues();
    }

    private Model relax(Model model) {
        Model copy = relaxed.get(model);
        if (copy == null) {
            Model.Builder builder = Model.builder(model.name()).description(model.description());
            if (model.allowsUnknownFields()) {
                builder.allowUnknownFields();
            }
            model.fields().forEach(field -> builder.field(optional(field)));
            copy = builder.build();
            relaxed.put(model, copy);
        }
        return copy;
    }

    private Field.Builder optional(Field field) {
        if (!(field.type() instanceof Model nested)) {
            return field.toBuilder().optional();
        }
        // A field of a nested model is rebuilt around the relaxed copy.
        return field.toBuilder(field.name(), relax(nested)).optional();
    }
}
