package io.contractspec.schema.binding;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks a record type against a model, nested models included, and builds its codec. Every
 * problem is collected, so one exception lists all that must change.
 */
final class RecordBinder {

    private final List<String> problems = new ArrayList<>();

    private RecordBinder() {}

    /** The codec, or an {@link IllegalArgumentException} naming the model, each field and its problem. */
    static RecordCodec bind(Model model, Class<?> recordType) {
        RecordBinder binder = new RecordBinder();
        RecordCodec codec = binder.bindRecord(model, recordType, "");
        if (!binder.problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot bind model " + model.name() + " to record "
                    + recordType.getSimpleName() + ": " + String.join("; ", binder.problems));
        }
        return codec;
    }

    /** The codec, or null when a problem was recorded. {@code prefix} is the field path down to this model. */
    private RecordCodec bindRecord(Model model, Class<?> recordType, String prefix) {
        int before = problems.size();
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            components.put(component.getName(), component);
            if (model.field(component.getName()).isEmpty()) {
                report(model, prefix, component.getName(), "record component " + recordType.getSimpleName() + "."
                        + component.getName() + " has no field in the model");
            }
        }
        // An inaccessible record would fail once per component too; report it once and stop.
        MethodHandle constructor = attempt(model, prefix, "", () -> Handles.constructor(recordType));
        if (constructor == null) {
            return null;
        }
        List<String> componentNames = List.copyOf(components.keySet());
        List<FieldBinding> fields = new ArrayList<>();
        for (Field field : model.fields()) {
            RecordComponent component = components.get(field.name());
            if (component == null) {
                if (field.isRequired()) {
                    report(model, prefix, field.name(), "the field is required, but record "
                            + recordType.getSimpleName() + " has no component " + field.name());
                }
                continue;
            }
            FieldBinding binding = bindField(model, field, component, componentNames.indexOf(field.name()), prefix);
            if (binding != null) {
                fields.add(binding);
            }
        }
        return problems.size() > before ? null : new RecordCodec(model, recordType, fields, constructor);
    }

    private FieldBinding bindField(Model model, Field field, RecordComponent component, int position, String prefix) {
        int before = problems.size();
        String where = "record component " + component.getDeclaringRecord().getSimpleName() + "." + component.getName();
        ComponentShape shape = attempt(model, prefix, field.name(),
                () -> ComponentShape.of(field, component.getGenericType()), where + ": ");
        Function<Object, Object> accessor = attempt(model, prefix, field.name(), () -> Handles.accessor(component));
        if (shape == null || accessor == null) {
            return null;
        }
        ValueCodec codec = attempt(model, prefix, field.name(),
                () -> codec(field.type(), shape.element(), prefix + field.name() + "."), where + ": ");
        return problems.size() > before ? null : new FieldBinding(field, position, accessor, shape, codec);
    }

    /** The codec for values of the schema type in the Java type; null when a nested model reported problems. */
    private ValueCodec codec(SchemaType type, Type javaType, String path) {
        if (type instanceof Scalar scalar) {
            List<String> choices = ScalarCodecs.candidates(scalar).stream()
                    .map(candidate -> TypeNames.of(candidate.javaType()))
                    .toList();
            return ScalarCodecs.find(scalar, javaType).orElseThrow(() -> new IllegalArgumentException(
                    "type " + TypeNames.of(javaType) + " cannot hold " + scalar.name()
                            + (choices.isEmpty() ? "; no Java type binds to it" : "; declare " + either(choices))));
        }
        if (type instanceof EnumType enumType) {
            if (javaType == String.class) {
                return TextCodecs.STRING;
            }
            if (javaType instanceof Class<?> enumClass && enumClass.isEnum()) {
                return EnumCodec.bind(enumType, enumClass);
            }
            throw new IllegalArgumentException("type " + TypeNames.of(javaType) + " cannot hold enum "
                    + enumType.name() + "; declare a Java enum or String");
        }
        if (!(type instanceof Model model)) {
            throw new IllegalArgumentException("union " + type.name() + " cannot be bound to a record component yet");
        }
        if (javaType instanceof Class<?> recordType && recordType.isRecord()) {
            return bindRecord(model, recordType, path);
        }
        throw new IllegalArgumentException("type " + TypeNames.of(javaType) + " cannot hold model " + model.name()
                + "; declare a record with its fields");
    }

    private <T> T attempt(Model model, String prefix, String field, Supplier<T> step) {
        return attempt(model, prefix, field, step, "");
    }

    private <T> T attempt(Model model, String prefix, String field, Supplier<T> step, String lead) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            report(model, prefix, field, lead + e.getMessage());
            return null;
        }
    }

    /**
     * Records one problem. Fields of the outermost model are named by name ({@code field 'at'}),
     * deeper ones by path and model ({@code field 'steps.at' (Step.at)}).
     */
    private void report(Model model, String prefix, String field, String problem) {
        String path = (prefix + field).replaceAll("\\.$", "");
        String subject;
        if (path.isEmpty()) {
            subject = "";
        } else if (prefix.isEmpty()) {
            subject = "field '" + path + "': ";
        } else {
            subject = "field '" + path + "' (" + model.name() + (field.isEmpty() ? "" : "." + field) + "): ";
        }
        problems.add(subject + problem);
    }

    /** "A", "A or B", "A, B or C". */
    private static String either(List<String> names) {
        int last = names.size() - 1;
        return last <= 0 ? String.join("", names) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }
}
