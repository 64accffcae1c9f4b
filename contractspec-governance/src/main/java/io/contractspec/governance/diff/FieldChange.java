package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One field that was added, removed or changed in an input, output or event payload, at any depth.
 * The path is a snapshot path from the spec, e.g. {@code io.input.steps[].key}: dotted field names,
 * {@code []} after an array of models, {@code {}} after a map of them, {@code |tag} into a union variant.
 */
@PublicApi
public final class FieldChange {

    /** Whether the field is new, gone, or there on both sides with different aspects. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    private final SpecDiff spec;
    private final Direction direction;
    private final String path;
    private final Field before;
    private final Field after;
    private final Model container;
    private final Set<FieldAspect> aspects;
    private final List<ConstraintChange> constraintChanges;

    FieldChange(SpecDiff spec, Direction direction, String path, Field before, Field after, Model container,
            Set<FieldAspect> aspects, List<ConstraintChange> constraintChanges) {
        this.spec = spec;
        this.direction = direction;
        this.path = path;
        this.before = before;
        this.after = after;
        this.container = container;
        this.aspects = Set.copyOf(aspects);
        this.constraintChanges = List.copyOf(constraintChanges);
    }

    /** The spec this field belongs to. */
    public SpecDiff spec() {
        return spec;
    }

    public Direction direction() {
        return direction;
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    public boolean isAdded() {
        return before == null;
    }

    public boolean isRemoved() {
        return after == null;
    }

    public Optional<Field> before() {
        return Optional.ofNullable(before);
    }

    public Optional<Field> after() {
        return Optional.ofNullable(after);
    }

    /**
     * Whether the new model holding the field accepts unknown fields, so that a caller who still sends
     * a removed input field sees it ignored rather than rejected. False when the new side has no such
     * model at all (e.g. the operation lost its input).
     */
    public boolean containerAcceptsUnknownFields() {
        return container != null && container.allowsUnknownFields();
    }

    /** What changed on a field present on both sides; empty for added and removed fields. */
    public Set<FieldAspect> aspects() {
        return aspects;
    }

    public boolean has(FieldAspect aspect) {
        return aspects.contains(aspect);
    }

    /** Each constraint that changed, in a fixed order; empty unless {@link FieldAspect#CONSTRAINTS}. */
    public List<ConstraintChange> constraintChanges() {
        return constraintChanges;
    }

    /** Enum wire values only the new side has; empty unless both sides are enums. */
    public List<String> addedEnumValues() {
        return enumDifference(after, before);
    }

    /** Enum wire values only the old side has; empty unless both sides are enums. */
    public List<String> removedEnumValues() {
        return enumDifference(before, after);
    }

    private static List<String> enumDifference(Field from, Field without) {
        if (from == null || without == null
                || !(from.type() instanceof EnumType a) || !(without.type() instanceof EnumType b)) {
            return List.of();
        }
        List<String> values = new ArrayList<>(a.wireValues());
        values.removeIf(b::contains);
        return values;
    }

    /** Tags of union variants only the new side has; empty unless both sides are unions. */
    public List<String> addedVariants() {
        return UnionVariants.tagsOnlyIn(after, before);
    }

    /** Tags of union variants only the old side has; empty unless both sides are unions. */
    public List<String> removedVariants() {
        return UnionVariants.tagsOnlyIn(before, after);
    }

    /** E.g. {@code "input field 'steps[].key'"}: how messages name this field. */
    public String describe() {
        String relative = path.substring(Math.min(path.length(), direction.path().length() + 1));
        return direction.noun() + " '" + relative + "'";
    }

    @Override
    public String toString() {
        return kind() + " " + spec.subject() + " " + path + (aspects.isEmpty() ? "" : " " + aspects);
    }
}
