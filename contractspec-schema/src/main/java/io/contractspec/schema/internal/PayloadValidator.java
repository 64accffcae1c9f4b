package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Walks a wire payload along a model and collects every issue. Nothing is allocated for a valid
 * payload beyond path steps; messages are built only for issues.
 */
public final class PayloadValidator {

    private final List<Diagnostic> issues = new ArrayList<>(0);

    private PayloadValidator() {}

    public static ValidationResult validate(Model model, JsonNode payload) {
        PayloadValidator validator = new PayloadValidator();
        if (payload == null || payload.isMissingNode()) {
            validator.report("required", PayloadPath.ROOT, "a " + model.name() + " object is required");
        } else {
            validator.checkObject(model, payload, PayloadPath.ROOT);
        }
        return ValidationResult.of(validator.issues);
    }

    /** Validates one field value (used for defaults and by projections that check examples). */
    public static List<Diagnostic> validateField(Field field, JsonNode value) {
        PayloadValidator validator = new PayloadValidator();
        validator.checkField(field, value, PayloadPath.ROOT.field(field.name()));
        return List.copyOf(validator.issues);
    }

    private void checkField(Field field, JsonNode value, PayloadPath path) {
        if (value.isNull()) {
            if (!field.isNullable()) {
                report("type", path, "must not be null");
            }
            return;
        }
        if (!field.isArray()) {
            checkValue(field, value, path);
            return;
        }
        if (!value.isArray()) {
            report("type", path, "expected an array of " + field.type().name() + ", got " + Describe.kind(value));
            return;
        }
        checkItemCount(field.constraints(), value.size(), path);
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isNull()) {
                report("type", path.index(i), "array items must not be null");
            } else {
                checkValue(field, item, path.index(i));
            }
        }
    }

    private void checkValue(Field field, JsonNode value, PayloadPath path) {
        SchemaType type = field.type();
        if (type instanceof Scalar scalar) {
            ScalarFailure failure = scalar.checkValue(value);
            if (failure != null) {
                report(failure.code(), path, failure.message());
            } else if (field.constraints().hasValueConstraints()) {
                checkConstraints(field.constraints(), value, path);
            }
        } else if (type instanceof EnumType enumType) {
            checkEnum(enumType, value, path);
        } else {
            checkObject((Model) type, value, path);
        }
    }

    private void checkObject(Model model, JsonNode value, PayloadPath path) {
        if (!value.isObject()) {
            report("type", path, "expected a " + model.name() + " object, got " + Describe.kind(value));
            return;
        }
        int known = 0;
        for (Field field : model.fields()) {
            JsonNode child = value.get(field.name());
            if (child == null) {
                if (field.isRequired()) {
                    report("required", path.field(field.name()), "is required");
                }
                continue;
            }
            known++;
            checkField(field, child, path.field(field.name()));
        }
        if (known < value.size() && !model.allowsUnknownFields()) {
            reportUnknownFields(model, value, path);
        }
    }

    private void reportUnknownFields(Model model, JsonNode value, PayloadPath path) {
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (model.field(name).isEmpty()) {
                report("unknown_field", path.field(name), "is not a field of " + model.name());
            }
        }
    }

    private void checkEnum(EnumType type, JsonNode value, PayloadPath path) {
        if (!value.isTextual()) {
            report("type", path, "expected a string (one of " + type.wireValues() + "), got " + Describe.kind(value));
        } else if (!type.contains(value.textValue())) {
            report("enum", path, "must be one of " + type.wireValues() + ", got " + Describe.quote(value.textValue()));
        }
    }

    private void checkConstraints(Constraints constraints, JsonNode value, PayloadPath path) {
        if (value.isNumber()) {
            checkBounds(constraints, value.decimalValue(), path);
        } else if (value.isTextual()) {
            checkText(constraints, value.textValue(), path);
        }
    }

    private void checkBounds(Constraints constraints, BigDecimal number, PayloadPath path) {
        constraints.minimum().filter(min -> number.compareTo(min) < 0)
                .ifPresent(min -> report("minimum", path, "must be >= " + min.toPlainString()));
        constraints.maximum().filter(max -> number.compareTo(max) > 0)
                .ifPresent(max -> report("maximum", path, "must be <= " + max.toPlainString()));
    }

    private void checkText(Constraints constraints, String text, PayloadPath path) {
        int length = text.codePointCount(0, text.length());
        constraints.minLength().filter(min -> length < min)
                .ifPresent(min -> report("min_length", path, "must be at least " + min + " characters long"));
        constraints.maxLength().filter(max -> length > max)
                .ifPresent(max -> report("max_length", path, "must be at most " + max + " characters long"));
        if (constraints.compiledPattern() != null && !constraints.compiledPattern().matcher(text).find()) {
            report("pattern", path, "must match the pattern " + constraints.pattern().orElseThrow());
        }
    }

    private void checkItemCount(Constraints constraints, int size, PayloadPath path) {
        constraints.minItems().filter(min -> size < min)
                .ifPresent(min -> report("min_items", path, "must have at least " + min + " items"));
        constraints.maxItems().filter(max -> size > max)
                .ifPresent(max -> report("max_items", path, "must have at most " + max + " items"));
    }

    private void report(String code, PayloadPath path, String message) {
        issues.add(Diagnostic.issue(code, path.toString(), message));
    }
}
