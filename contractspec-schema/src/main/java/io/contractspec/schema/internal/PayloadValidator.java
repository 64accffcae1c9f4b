package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonValues;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import io.contractspec.schema.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Walks a wire payload along a model and collects every issue. Paths and messages are built only
 * for issues (and for the path of a nested object or array), so a valid payload allocates little.
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
        validator.checkField(field, value, PayloadPath.ROOT, field.name());
        return List.copyOf(validator.issues);
    }

    /**
     * Checks the value of field {@code name} (or, when {@code name} is null, of the item at
     * {@code at} itself). The field's path is built only when an issue is reported or children
     * need it.
     */
    private void checkField(Field field, JsonNode value, PayloadPath at, String name) {
        if (JsonKinds.isNull(value)) {
            if (!field.isNullable()) {
                report("type", at, name, "must not be null");
            }
            return;
        }
        if (field.isMap()) {
            checkMap(field, value, name == null ? at : at.field(name));
        } else if (field.isArray()) {
            checkArray(field, value, name == null ? at : at.field(name));
        } else {
            checkValue(field, value, at, name);
        }
    }

    private void checkArray(Field field, JsonNode value, PayloadPath path) {
        if (!value.isArray()) {
            report("type", path, "expected an array of " + field.type().name() + ", got " + Describe.kind(value));
            return;
        }
        checkItemCount(field.constraints(), value.size(), path);
        for (int i = 0; i < value.size(); i++) {
            checkItem(field, value.get(i), path.index(i), "array items");
        }
    }

    private void checkMap(Field field, JsonNode value, PayloadPath path) {
        if (!value.isObject()) {
            report("type", path, "expected an object of " + field.type().name() + " values, got " + Describe.kind(value));
            return;
        }
        checkItemCount(field.constraints(), value.size(), path);
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            checkItem(field, entry.getValue(), path.field(entry.getKey()), "map values");
        }
    }

    private void checkItem(Field field, JsonNode item, PayloadPath path, String what) {
        if (!item.isNull()) {
            checkValue(field, item, path, null);
        } else if (!field.hasNullableItems()) {
            report("type", path, what + " must not be null");
        }
    }

    private void checkValue(Field field, JsonNode value, PayloadPath at, String name) {
        SchemaType type = field.type();
        if (field.hasConstant()) {
            checkConstant(field, value, at, name);
        }
        if (type instanceof Scalar scalar) {
            ScalarFailure failure = ScalarChecks.check(scalar, value);
            if (failure != null) {
                report(failure.code(), at, name, failure.message());
            } else if (field.constraints().hasValueConstraints()) {
                checkConstraints(field.constraints(), value, at, name);
            }
        } else if (type instanceof EnumType enumType) {
            checkEnum(enumType, value, at, name);
        } else {
            checkComposite(type, value, name == null ? at : at.field(name));
        }
    }

    private void checkComposite(SchemaType type, JsonNode value, PayloadPath path) {
        if (type instanceof Union union) {
            issues.addAll(UnionMatcher.check(union, value, path));
        } else {
            checkObject((Model) type, value, path);
        }
    }

    /** Checks a value that is not a field's: a union variant. */
    static List<Diagnostic> checkType(SchemaType type, JsonNode value, PayloadPath path) {
        PayloadValidator validator = new PayloadValidator();
        if (type instanceof Scalar || type instanceof EnumType) {
            validator.checkValue(Field.required("value", type).build(), value, path, null);
        } else {
            validator.checkComposite(type, value, path);
        }
        return validator.issues;
    }

    private void checkConstant(Field field, JsonNode value, PayloadPath at, String name) {
        JsonNode constant = field.constantOrNull();
        if (!JsonValues.equal(constant, value)) {
            report("const", at, name, "must be " + constant);
        }
    }

    /**
     * Walks the payload's entries once, matching them to the model's fields in declaration order
     * (the order our writers use), so that no field is looked up by name. Issues come out exactly as
     * a walk over the model's fields would report them: each field's issues or its absence in
     * declaration order, then unknown fields in payload order. A payload whose known fields are out
     * of declaration order is checked again by looking each field up.
     */
    private void checkObject(Model model, JsonNode value, PayloadPath path) {
        if (!value.isObject()) {
            report("type", path, "expected a " + model.name() + " object, got " + Describe.kind(value));
            return;
        }
        List<Field> fields = model.fields();
        int reported = issues.size();
        int next = 0;
        boolean unknown = false;
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            int index = indexOf(fields, next, name);
            if (index < 0) {
                if (model.field(name).isPresent()) {
                    issues.subList(reported, issues.size()).clear();
                    checkObjectByName(model, value, path);
                    return;
                }
                unknown = true;
                continue;
            }
            reportMissing(fields, next, index, path);
            next = index + 1;
            checkField(fields.get(index), entry.getValue(), path, name);
        }
        reportMissing(fields, next, fields.size(), path);
        if (unknown && !model.allowsUnknownFields()) {
            reportUnknownFields(model, value, path);
        }
    }

    /** The index of the field named {@code name} at or after {@code from}, or -1. */
    private static int indexOf(List<Field> fields, int from, String name) {
        for (int i = from; i < fields.size(); i++) {
            String candidate = fields.get(i).name();
            if (candidate == name || candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void reportMissing(List<Field> fields, int from, int to, PayloadPath path) {
        for (int i = from; i < to; i++) {
            Field field = fields.get(i);
            if (field.isRequired()) {
                report("required", path.field(field.name()), "is required");
            }
        }
    }

    /** The walk over the model's fields, one lookup each: for payloads not in declaration order. */
    private void checkObjectByName(Model model, JsonNode value, PayloadPath path) {
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
            checkField(field, child, path, field.name());
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

    private void checkEnum(EnumType type, JsonNode value, PayloadPath at, String name) {
        String text = JsonKinds.text(value);
        if (text == null && !value.isTextual()) {
            report("type", at, name, "expected a string (one of " + type.wireValues() + "), got " + Describe.kind(value));
        } else if (!type.contains(text)) {
            report("enum", at, name, "must be one of " + type.wireValues() + ", got " + Describe.quote(text));
        }
    }

    private void checkConstraints(Constraints constraints, JsonNode value, PayloadPath at, String name) {
        if (value.isNumber()) {
            checkBounds(constraints, value, at, name);
        } else if (value.isTextual()) {
            checkText(constraints, value.textValue(), at, name);
        }
    }

    private void checkBounds(Constraints constraints, JsonNode value, PayloadPath at, String name) {
        BigDecimal min = constraints.minimum().orElse(null);
        BigDecimal max = constraints.maximum().orElse(null);
        if (min == null && max == null) {
            return;
        }
        if (JsonKinds.isLong(value)) {
            long number = value.longValue();
            if (min != null && Bounds.compare(number, min) < 0) {
                report("minimum", at, name, "must be >= " + min.toPlainString());
            }
            if (max != null && Bounds.compare(number, max) > 0) {
                report("maximum", at, name, "must be <= " + max.toPlainString());
            }
            return;
        }
        BigDecimal number = value.decimalValue();
        if (min != null && number.compareTo(min) < 0) {
            report("minimum", at, name, "must be >= " + min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            report("maximum", at, name, "must be <= " + max.toPlainString());
        }
    }

    private void checkText(Constraints constraints, String text, PayloadPath at, String name) {
        int length = text.codePointCount(0, text.length());
        constraints.minLength().filter(min -> length < min)
                .ifPresent(min -> report("min_length", at, name, "must be at least " + min + " characters long"));
        constraints.maxLength().filter(max -> length > max)
                .ifPresent(max -> report("max_length", at, name, "must be at most " + max + " characters long"));
        if (constraints.compiledPattern() != null && !constraints.compiledPattern().matcher(text).find()) {
            report("pattern", at, name, "must match the pattern " + constraints.pattern().orElseThrow());
        }
    }

    private void checkItemCount(Constraints constraints, int size, PayloadPath path) {
        constraints.minItems().filter(min -> size < min)
                .ifPresent(min -> report("min_items", path, "must have at least " + min + " items"));
        constraints.maxItems().filter(max -> size > max)
                .ifPresent(max -> report("max_items", path, "must have at most " + max + " items"));
    }

    private void report(String code, PayloadPath at, String name, String message) {
        report(code, name == null ? at : at.field(name), message);
    }

    private void report(String code, PayloadPath path, String message) {
        issues.add(Diagnostic.issue(code, path.toString(), message));
    }
}
