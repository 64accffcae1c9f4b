package io.contractspec.examples.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an example's expected output, which is a subset of the real output: every key it uses must
 * be a field of the model and every value must fit that field, but required fields may be absent
 * (at any depth).
 */
final class PartialOutput {

    private final List<String> issues = new ArrayList<>();

    private PartialOutput() {}

    /** Every problem found, as {@code path: message}; empty when the subset fits the model. */
    static List<String> issues(Model model, JsonNode subset) {
        PartialOutput check = new PartialOutput();
        check.object(model, subset, "");
        return List.copyOf(check.issues);
    }

    private void object(Model model, JsonNode value, String path) {
        if (!value.isObject()) {
            issues.add(path + ": expected a " + model.name() + " object");
            return;
        }
        value.fields().forEachRemaining(entry -> {
            String at = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            Optional<Field> field = model.field(entry.getKey());
            if (field.isEmpty()) {
                issues.add(at + ": is not a field of " + model.name());
            } else {
                field(field.get(), entry.getValue(), at);
            }
        });
    }

    private void field(Field field, JsonNode value, String path) {
        if (!(field.type() instanceof Model nested) || value.isNull()) {
            scalarOrEnum(field, value, path);
        } else if (!field.isArray()) {
            object(nested, value, path);
        } else if (!value.isArray()) {
            issues.add(path + ": expected an array of " + nested.name());
        } else {
            for (int i = 0; i < value.size(); i++) {
                object(nested, value.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Validates the one value with the model's own rules, through a model holding just that field. */
    private void scalarOrEnum(Field field, JsonNode value, String path) {
        Model probe = Model.builder("Probe").field(field.toBuilder().optional()).build();
        JsonNode wrapped = JsonNodeFactory.instance.objectNode().set(field.name(), value);
        probe.validate(wrapped).issues().forEach(issue -> issues.add(path + ": " + issue.message()));
    }
}
