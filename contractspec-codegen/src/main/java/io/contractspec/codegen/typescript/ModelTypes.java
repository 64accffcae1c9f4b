package io.contractspec.codegen.typescript;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code models.ts}: a type for every model and enum the operations use, sorted by name, with the
 * descriptions as JSDoc. A model is one type for inputs and outputs: the runtime leaves field
 * defaults to the handler and does not add them to outputs, so both directions accept the same
 * payloads and separate variants would be identical.
 */
final class ModelTypes {

    private ModelTypes() {}

    /** Every model and enum reachable from the operations' inputs and outputs, by name. */
    static SortedMap<String, SchemaType> collect(ContractRegistry registry) {
        SortedMap<String, SchemaType> types = new TreeMap<>();
        for (OperationSpec operation : registry.operations()) {
            operation.input().ifPresent(input -> visit(input, types, input.name()));
            visit(operation.output(), types, operation.output().name());
        }
        return types;
    }

    private static void visit(SchemaType type, SortedMap<String, SchemaType> types, String place) {
        if (type instanceof Scalar) {
            return;
        }
        SchemaType earlier = types.putIfAbsent(type.name(), type);
        if (earlier != null) {
            if (!earlier.equals(type)) {
                throw new IllegalArgumentException("two different types are named '" + type.name() + "' (at " + place
                        + "): a TypeScript client needs one type per name");
            }
            return;
        }
        if (type instanceof Model model) {
            model.fields().forEach(field -> visit(field.type(), types, place + "." + field.name()));
        }
    }

    static String write(SortedMap<String, SchemaType> types) {
        TsWriter out = new TsWriter().line(TypeScriptClient.HEADER).blank();
        types.values().forEach(type -> {
            if (type instanceof Model model) {
                model(out, model);
            } else {
                enumeration(out, (EnumType) type);
            }
            out.blank();
        });
        return out.toString().stripTrailing() + "\n";
    }

    private static void model(TsWriter out, Model model) {
        out.doc(model.description());
        out.open("export interface " + model.name() + " {");
        for (Field field : model.fields()) {
            String description = field.description().isEmpty() ? field.type().description() : field.description();
            List<String> tags = field.defaultValue().map(value -> List.of("@default " + value)).orElse(List.of());
            out.doc(List.of(description), tags);
            out.line(TsWriter.property(field.name()) + (field.isRequired() ? "" : "?") + ": " + type(field) + ";");
        }
        if (model.allowsUnknownFields()) {
            out.doc("Fields this version does not know are accepted and ignored.");
            out.line("[field: string]: unknown;");
        }
        out.close("}");
    }

    private static void enumeration(TsWriter out, EnumType type) {
        List<String> values = type.values().stream()
                .map(value -> value.description().isEmpty() ? "`" + value.wire() + "`" : "`" + value.wire() + "`: " + value.description())
                .collect(Collectors.toList());
        out.doc(List.of(type.description(), String.join("\n", values)), List.of());
        out.line("export type " + type.name() + " = " + type.wireValues().stream().map(TsWriter::string)
                .collect(Collectors.joining(" | ")) + ";");
    }

    /** The TypeScript type of a field: value, array of values, or either or null. */
    static String type(Field field) {
        String value = value(field.type());
        if (field.isArray()) {
            value = (value.contains(" ") ? "(" + value + ")" : value) + "[]";
        }
        return field.isNullable() ? value + " | null" : value;
    }

    /** The TypeScript type of one value of a field: its element type when it is an array. */
    static String element(Field field) {
        return value(field.type());
    }

    private static String value(SchemaType type) {
        if (type instanceof Model || type instanceof EnumType) {
            return type.name();
        }
        return switch (type.jsonType()) {
            case STRING -> "string";
            case INTEGER, NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case OBJECT -> "{ [key: string]: unknown }";
            case ANY -> "unknown";
        };
    }
}
