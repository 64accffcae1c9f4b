package io.contractspec.codegen.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code models.ts}: a type for every model, enum and union the operations use, sorted by name, with the
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
        } else if (type instanceof Union union) {
            union.variants().forEach(variant -> visit(variant.type(), types, place + "|" + variant.tag()));
        }
    }

    static String write(SortedMap<String, SchemaType> types) {
        TsWriter out = new TsWriter().line(TypeScriptClient.HEADER).blank();
        types.values().forEach(type -> {
            if (type instanceof Model model) {
                model(out, model);
            } else if (type instanceof Union union) {
                union(out, union);
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

    /**
     * A union type; with a discriminator each variant is narrowed to its tag, so that TypeScript
     * narrows on {@code value.kind === "card"} even when the variant model does not pin the tag.
     */
    private static void union(TsWriter out, Union union) {
        out.doc(union.description());
        String variants = union.variants().stream()
                .map(variant -> union.discriminator()
                        .map(property -> "(" + variant.type().name() + " & { " + TsWriter.property(property) + ": "
                                + TsWriter.string(variant.tag()) + " })")
                        .orElseGet(() -> value(variant.type())))
                .collect(Collectors.joining(" | "));
        out.line("export type " + union.name() + " = " + variants + ";");
    }

    private static void enumeration(TsWriter out, EnumType type) {
        List<String> values = type.values().stream()
                .map(value -> value.description().isEmpty() ? "`" + value.wire() + "`" : "`" + value.wire() + "`: " + value.description())
                .collect(Collectors.toList());
        out.doc(List.of(type.description(), String.join("\n", values)), List.of());
        out.line("export type " + type.name() + " = " + type.wireValues().stream().map(TsWriter::string)
                .collect(Collectors.joining(" | ")) + ";");
    }

    /** The TypeScript type of a field: value, array or map of values, or either or null. */
    static String type(Field field) {
        String value = element(field);
        if (field.isArray()) {
            value = (value.contains(" ") ? "(" + value + ")" : value) + "[]";
        } else if (field.isMap()) {
            value = "{ [key: string]: " + value + " }";
        }
        return field.isNullable() ? value + " | null" : value;
    }

    /** The TypeScript type of one value of a field (an item of an array or map): a literal for a constant. */
    static String element(Field field) {
        String value = field.constant().filter(constant -> constant.isValueNode()).map(ModelTypes::literal)
                .orElseGet(() -> value(field.type()));
        return field.hasNullableItems() ? value + " | null" : value;
    }

    /** Strings, numbers and booleans are literal types; object and array constants keep the field's type. */
    private static String literal(JsonNode constant) {
        return constant.isTextual() ? TsWriter.string(constant.textValue()) : constant.toString();
    }

    private static String value(SchemaType type) {
        if (type instanceof Model || type instanceof EnumType || type instanceof Union) {
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
