package io.contractspec.governance.diff;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonValues;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.SchemaType;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Walks the old and new model of each direction side by side, recursing into nested models, and
 * records every field that was added, removed or changed, and every model that changed whether it
 * accepts unknown fields. Union variants with the same tag on both sides are walked like nested models. Models and enums are compared by content, never by name: renaming a type
 * changes nothing on the wire.
 */
final class ModelDiffer {

    private final SpecDiff spec;
    private final List<FieldChange> changes = new ArrayList<>();
    private final List<ModelChange> modelChanges = new ArrayList<>();

    private ModelDiffer(SpecDiff spec) {
        this.spec = spec;
    }

    static ModelDiffer of(SpecDiff spec) {
        ModelDiffer differ = new ModelDiffer(spec);
        spec.pair(OperationSpec.class).ifPresent(ops -> {
            differ.walk(Direction.INPUT, Direction.INPUT.path(),
                    ops.before().input().orElse(null), ops.after().input().orElse(null));
            differ.walk(Direction.OUTPUT, Direction.OUTPUT.path(), ops.before().output(), ops.after().output());
        });
        spec.pair(EventSpec.class).ifPresent(events ->
                differ.walk(Direction.PAYLOAD, Direction.PAYLOAD.path(),
                        events.before().payload(), events.after().payload()));
        return differ;
    }

    List<FieldChange> fieldChanges() {
        return List.copyOf(changes);
    }

    List<ModelChange> modelChanges() {
        return List.copyOf(modelChanges);
    }

    /** Either model may be null: an operation without input has no fields. */
    private void walk(Direction direction, String path, Model before, Model after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.allowsUnknownFields() != after.allowsUnknownFields()) {
            modelChanges.add(new ModelChange(spec, direction, path, before, after));
        }
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            before.fields().forEach(field -> names.add(field.name()));
        }
        if (after != null) {
            after.fields().forEach(field -> names.add(field.name()));
        }
        for (String name : names) {
            Field old = before == null ? null : before.field(name).orElse(null);
            Field now = after == null ? null : after.field(name).orElse(null);
            String at = path + "." + name;
            if (old == null || now == null) {
                changes.add(new FieldChange(spec, direction, at, old, now, after, Set.of(), List.of()));
            } else if (!old.equals(now)) {
                compare(direction, at, old, now, after);
            }
        }
    }

    private void compare(Direction direction, String path, Field old, Field now, Model container) {
        Set<FieldAspect> aspects = aspects(old, now);
        if (!aspects.isEmpty()) {
            List<ConstraintChange> constraints = aspects.contains(FieldAspect.CONSTRAINTS)
                    ? ConstraintDiffer.changes(old.constraints(), now.constraints())
                    : List.of();
            changes.add(new FieldChange(spec, direction, path, old, now, container, aspects, constraints));
        }
        String inner = now.isArray() ? path + "[]" : now.isMap() ? path + "{}" : path;
        if (old.type() instanceof Model oldModel && now.type() instanceof Model newModel) {
            walk(direction, inner, oldModel, newModel);
        } else if (old.type() instanceof Union oldUnion && now.type() instanceof Union newUnion) {
            walkVariants(direction, inner, oldUnion, newUnion);
        }
    }

    /** Variants with the same tag on both sides are compared like nested models, at {@code path|tag}. */
    private void walkVariants(Direction direction, String path, Union before, Union after) {
        for (Union.Variant variant : after.variants()) {
            before.variant(variant.tag()).ifPresent(old -> {
                if (old.type() instanceof Model oldModel && variant.type() instanceof Model newModel) {
                    walk(direction, path + "|" + variant.tag(), oldModel, newModel);
                }
            });
        }
    }

    private static Set<FieldAspect> aspects(Field old, Field now) {
        Set<FieldAspect> aspects = EnumSet.noneOf(FieldAspect.class);
        add(aspects, FieldAspect.OPTIONALITY, old.isOptional() != now.isOptional());
        add(aspects, FieldAspect.NULLABILITY, old.isNullable() != now.isNullable());
        add(aspects, FieldAspect.ARRAY, old.isArray() != now.isArray());
        add(aspects, FieldAspect.MAP, old.isMap() != now.isMap());
        add(aspects, FieldAspect.NULLABLE_ITEMS, old.hasNullableItems() != now.hasNullableItems());
        add(aspects, FieldAspect.CONSTANT,
                !JsonValues.equal(old.constant().orElse(null), now.constant().orElse(null)));
        add(aspects, FieldAspect.UNION, old.type() instanceof Union a && now.type() instanceof Union b
                && !UnionVariants.sameSelection(a, b));
        add(aspects, FieldAspect.TYPE, typeChanged(old.type(), now.type()));
        add(aspects, FieldAspect.ENUM_VALUES, old.type() instanceof EnumType a && now.type() instanceof EnumType b
                && !new HashSet<>(a.wireValues()).equals(new HashSet<>(b.wireValues())));
        add(aspects, FieldAspect.CONSTRAINTS, !old.constraints().equals(now.constraints()));
        add(aspects, FieldAspect.DEFAULT,
                !JsonValues.equal(old.defaultValue().orElse(null), now.defaultValue().orElse(null)));
        add(aspects, FieldAspect.DESCRIPTION, !old.description().equals(now.description()));
        return aspects;
    }

    /** Another kind of type, or another scalar; enums and models of any name are compared by content. */
    private static boolean typeChanged(SchemaType old, SchemaType now) {
        return old.getClass() != now.getClass() || old instanceof Scalar && !old.equals(now);
    }

    private static void add(Set<FieldAspect> aspects, FieldAspect aspect, boolean changed) {
        if (changed) {
            aspects.add(aspect);
        }
    }
}
