package io.contractspec.openapi.internal;

import io.contractspec.schema.Constraints;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Java DSL expression that builds one model, enum or union, one builder call per line. */
final class TypeSource {

    private final Function<SchemaType, String> references;

    /** {@code references} gives the expression that names a declared type, e.g. {@code ApiTypes.PET}. */
    TypeSource(Function<SchemaType, String> references) {
        this.references = references;
    }

    /** The builder calls, first line the factory; the caller joins them. */
    List<String> lines(SchemaType type) {
        if (type instanceof Model model) {
            return model(model);
        }
        if (type instanceof Union union) {
            return union(union);
        }
        return enumeration((EnumType) type);
    }

    private List<String> model(Model model) {
        List<String> lines = new ArrayList<>();
        lines.add("Model.builder(" + JavaText.literal(model.name()) + ")");
        describe(lines, model.description());
        model.fields().forEach(field -> lines.add(".field(" + field(field) + ")"));
        if (model.allowsUnknownFields()) {
            lines.add(".allowUnknownFields()");
        }
        lines.add(".build()");
        return lines;
    }

    private List<String> enumeration(EnumType type) {
        List<String> lines = new ArrayList<>();
        lines.add("EnumType.builder(" + JavaText.literal(type.name()) + ")");
        describe(lines, type.description());
        for (EnumType.Value value : type.values()) {
            lines.add(value.description().isEmpty() ? ".value(" + JavaText.literal(value.wire()) + ")"
                    : ".value(" + JavaText.literal(value.wire()) + ", " + JavaText.literal(value.description()) + ")");
        }
        lines.add(".build()");
        return lines;
    }

    private List<String> union(Union union) {
        List<String> lines = new ArrayList<>();
        lines.add("Union.builder(" + JavaText.literal(union.name()) + ")");
        describe(lines, union.description());
        union.discriminator().ifPresent(property -> lines.add(".discriminator(" + JavaText.literal(property) + ")"));
        if (!union.isExclusive()) {
            lines.add(".inclusive()");
        }
        for (Union.Variant variant : union.variants()) {
            lines.add(".variant(" + JavaText.literal(variant.tag()) + ", " + reference(variant.type()) + ")");
        }
        lines.add(".build()");
        return lines;
    }

    /** {@code Field.required("id", Scalar.INT).description("…").minimum(1)} */
    String field(Field field) {
        StringBuilder out = new StringBuilder(field.isRequired() ? "Field.required(" : "Field.optional(")
                .append(JavaText.literal(field.name())).append(", ").append(reference(field.type())).append(")");
        if (!field.description().isEmpty()) {
            out.append(".description(").append(JavaText.literal(field.description())).append(")");
        }
        if (field.isNullable()) {
            out.append(".nullable()");
        }
        if (field.isArray()) {
            out.append(".array()");
        }
        if (field.isMap()) {
            out.append(".map()");
        }
        if (field.hasNullableItems()) {
            out.append(".nullableItems()");
        }
        Constraints constraints = field.constraints();
        constraints.minimum().ifPresent(min -> out.append(".minimum(").append(JavaText.decimal(min)).append(")"));
        constraints.maximum().ifPresent(max -> out.append(".maximum(").append(JavaText.decimal(max)).append(")"));
        constraints.minLength().ifPresent(min -> out.append(".minLength(").append(min).append(")"));
        constraints.maxLength().ifPresent(max -> out.append(".maxLength(").append(max).append(")"));
        constraints.pattern().ifPresent(pattern -> out.append(".pattern(").append(JavaText.literal(pattern)).append(")"));
        constraints.minItems().ifPresent(min -> out.append(".minItems(").append(min).append(")"));
        constraints.maxItems().ifPresent(max -> out.append(".maxItems(").append(max).append(")"));
        field.constant().ifPresent(value -> out.append(".constant(").append(JavaText.json(value)).append(")"));
        field.defaultValue().ifPresent(value -> out.append(".defaultValue(").append(JavaText.json(value)).append(")"));
        return out.toString();
    }

    private String reference(SchemaType type) {
        return type instanceof Scalar scalar ? JavaText.scalar(scalar) : references.apply(type);
    }

    private static void describe(List<String> lines, String description) {
        if (!description.isEmpty()) {
            lines.add(".description(" + JavaText.literal(description) + ")");
        }
    }
}
