package io.contractspec.governance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a partial object against a model, the way an example's expected output is meant: every
 * key it uses must be a field of the model and every value must fit that field, but fields may be
 * left out at any depth, required ones too.
 */
public final class PartialObjects {

    /** One problem: the payload path ({@code steps[0].key}) and what is wrong there. */
    public record Issue(String path, String message) {}

    private final List<Issue> issues = new ArrayList<>();

    private PartialObjects() {}

    public static List<Issue> issues(Model model, JsonNode partial) {
        PartialObjects check = new PartialObjects();
        check.object(model, partial, "");
        return List.copyOf(check.issues);
    }

    private void object(Model model, JsonNode value, String path) {
        if (!value.isObject()) {
            issues.add(new Issue(path, "expected a " + model.name() + " object"));
            return;
        }
        value.fields().forEachRemaining(member -> {
            String at = Paths.join(path, member.getKey());
            Optional<Field> field = model.field(member.getKey());
            if (field.isPresent()) {
                field(field.get(), member.getValue(), at);
            } else if (!model.allowsUnknownFields()) {
                issues.add(new Issue(at, "is not a field of " + model.name()));
            }
        });
    }

    private void field(Field field, JsonNode value, String path) {
        if (!(field.type() instanceof Model nested) || value.isNull()) {
            single(field, value, path);
        } else if (!field.isArray()) {
            object(nested, value, path);
        } else if (!value.isArray()) {
            issues.add(new Issue(path, "expected an array of " + nested.name()));
        } else {
            for (int i = 0; i < value.size(); i++) {
                object(nested, value.get(i), path + "[" + i + "]");
            }
        }
    }

    /** A scalar or enum value (or an array of them) is checked by the model's own rules, through a one-field model. */
    private void single(Field field, JsonNode value, String path) {
        Model probe = Model.builder("Probe").field(field.toBuilder().optional()).build();
        JsonNode wrapped = JsonNodeFactory.instance.objectNode().set(field.name(), value);
        for (Diagnostic issue : probe.validate(wrapped).issues()) {
            String inner = issue.path().substring(Math.min(field.name().length(), issue.path().length()));
            issues.add(new Issue(path + inner, issue.message()));
        }
    }
}
