package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One spec that differs between two registries: added, removed, or changed (the versions of one
 * key matched up by {@link ContractDiff}). A changed spec lists which snapshot properties differ
 * and every field change of its models.
 */
@PublicApi
public final class SpecDiff {

    /** Added, removed, or present on both sides with different content. */
    public enum Status {
        ADDED,
        REMOVED,
        CHANGED
    }

    private final SpecType type;
    private final Spec before;
    private final Spec after;
    private final List<String> changedProperties;
    private final List<FieldChange> fieldChanges;
    private final List<ModelChange> modelChanges;

    SpecDiff(Spec before, Spec after, List<String> changedProperties) {
        this.before = before;
        this.after = after;
        this.type = spec().specType();
        this.changedProperties = List.copyOf(changedProperties);
        // Last: the field and model changes point back to this diff.
        ModelDiffer models = before != null && after != null ? ModelDiffer.of(this) : null;
        this.fieldChanges = models == null ? List.of() : models.fieldChanges();
        this.modelChanges = models == null ? List.of() : models.modelChanges();
    }

    public SpecType type() {
        return type;
    }

    public String key() {
        return spec().key();
    }

    public Status status() {
        return before == null ? Status.ADDED : after == null ? Status.REMOVED : Status.CHANGED;
    }

    public Optional<Spec> before() {
        return Optional.ofNullable(before);
    }

    public Optional<Spec> after() {
        return Optional.ofNullable(after);
    }

    /** The newer side: the spec after the change, or the removed spec. */
    public Spec spec() {
        return after != null ? after : before;
    }

    /** {@code key@version} of {@link #spec()}: what findings about this diff are about. */
    public String subject() {
        return spec().ref().toString();
    }

    public SourceLocation location() {
        return spec().source();
    }

    /** Both sides as the given spec class, when this is a change of such a spec. */
    public <T extends Spec> Optional<SpecPair<T>> pair(Class<T> specClass) {
        return specClass.isInstance(before) && specClass.isInstance(after)
                ? Optional.of(new SpecPair<>(this, specClass.cast(before), specClass.cast(after)))
                : Optional.empty();
    }

    /**
     * Top-level snapshot properties whose values differ ({@code version}, {@code io}, {@code policy},
     * …), in snapshot order; the source location does not count. Empty unless changed.
     */
    public List<String> changedProperties() {
        return changedProperties;
    }

    /** How the version moved; {@link VersionBump#NONE} unless changed. */
    public VersionBump versionBump() {
        return before == null || after == null
                ? VersionBump.NONE
                : VersionBump.between(before.meta().semver(), after.meta().semver());
    }

    /** Field changes of the input, output or payload, depth first in declaration order. */
    public List<FieldChange> fieldChanges() {
        return fieldChanges;
    }

    /** Models of the input, output or payload that changed whether they accept unknown fields. */
    public List<ModelChange> modelChanges() {
        return modelChanges;
    }

    @Override
    public String toString() {
        return status() + " " + type.wireName() + " " + (before == null ? "" : before.ref() + " → ")
                + (after == null ? "(removed)" : after.ref()) + " " + changedProperties;
    }
}
