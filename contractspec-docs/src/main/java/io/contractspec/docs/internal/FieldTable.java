package io.contractspec.docs.internal;

import io.contractspec.core.snapshot.CanonicalJson;
import io.contractspec.schema.Constraints;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Union;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A model as a table: one row per field (name, type, required, description, constraints). Fields
 * of nested models follow their parent as dotted paths ({@code instance.status},
 * {@code instances[].id}), so a reader sees the whole shape on one page.
 */
final class FieldTable {

    /** Deep enough for any real payload; guards against pathological nesting. */
    private static final int MAX_DEPTH = 8;

    private final Labels labels;
    private final List<List<List<Inline>>> rows = new ArrayList<>();

    private FieldTable(Labels labels) {
        this.labels = labels;
    }

    /** The model's name and description, then its table. */
    static List<Block> of(Model model, Labels labels) {
        FieldTable table = new FieldTable(labels);
        table.addFields(model, "", 0);
        List<Inline> caption = new ArrayList<>(List.of(Inline.code(model.name())));
        if (!model.description().isBlank()) {
            caption.add(Inline.text(" — " + model.description()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(caption));
        if (!table.rows.isEmpty()) {
            blocks.add(new Block.Table(List.of(labels.get("field.name"), labels.get("field.type"),
                    labels.get("field.required"), labels.get("field.description"), labels.get("field.constraints")),
                    table.rows));
        }
        return blocks;
    }

    private void addFields(Model model, String prefix, int depth) {
        for (Field field : model.fields()) {
            String path = prefix + field.name();
            rows.add(List.of(
                    List.of(Inline.code(path)),
                    List.of(Inline.text(typeText(field))),
                    List.of(Inline.text(labels.yesNo(field.isRequired()))),
                    List.of(Inline.text(field.description())),
                    constraints(field)));
            if (field.type() instanceof Model nested && depth < MAX_DEPTH) {
                addFields(nested, path + (field.isArray() ? "[]." : "."), depth + 1);
            }
        }
    }

    /** "one of `a`, `b`". */
    private List<Inline> codes(String label, List<String> values) {
        List<Inline> inlines = new ArrayList<>(List.of(Inline.text(labels.get(label) + " ")));
        for (String value : values) {
            if (inlines.size() > 1) {
                inlines.add(Inline.text(", "));
            }
            inlines.add(Inline.code(value));
        }
        return inlines;
    }

    private String typeText(Field field) {
        String item = field.type().name() + (field.hasNullableItems() ? "?" : "");
        String type = field.isArray() ? item + "[]" : field.isMap() ? "{string: " + item + "}" : item;
        return field.isNullable() ? labels.format("type.nullable", type) : type;
    }

    private List<Inline> constraints(Field field) {
        List<List<Inline>> parts = new ArrayList<>();
        Constraints constraints = field.constraints();
        constraints.minimum().ifPresent(min -> parts.add(text("constraint.minimum", number(min))));
        constraints.maximum().ifPresent(max -> parts.add(text("constraint.maximum", number(max))));
        constraints.minLength().ifPresent(min -> parts.add(text("constraint.minLength", min.toString())));
        constraints.maxLength().ifPresent(max -> parts.add(text("constraint.maxLength", max.toString())));
        constraints.pattern().ifPresent(pattern -> parts.add(withCode("constraint.pattern", pattern)));
        constraints.minItems().ifPresent(min -> parts.add(text("constraint.minItems", min.toString())));
        constraints.maxItems().ifPresent(max -> parts.add(text("constraint.maxItems", max.toString())));
        if (field.type() instanceof EnumType enumType) {
            parts.add(codes("constraint.oneOf", enumType.wireValues()));
        }
        if (field.type() instanceof Union union) {
            parts.add(codes("constraint.variants", union.variants().stream().map(Union.Variant::tag).toList()));
            union.discriminator().ifPresent(property -> parts.add(withCode("constraint.discriminator", property)));
        }
        field.constant().ifPresent(value -> parts.add(withCode("constraint.const", CanonicalJson.write(value).strip())));
        field.defaultValue().ifPresent(value -> parts.add(withCode("constraint.default", CanonicalJson.write(value).strip())));
        List<Inline> cell = new ArrayList<>();
        for (List<Inline> part : parts) {
            if (!cell.isEmpty()) {
                cell.add(Inline.text("; "));
            }
            cell.addAll(part);
        }
        return cell;
    }

    private List<Inline> text(String key, String value) {
        return List.of(Inline.text(labels.format(key, value)));
    }

    private List<Inline> withCode(String key, String code) {
        return List.of(Inline.text(labels.get(key) + " "), Inline.code(code));
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
