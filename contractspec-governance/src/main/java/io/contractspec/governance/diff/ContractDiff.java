package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import java.util.List;
import java.util.Objects;

/**
 * The differences between two registries, computed once for every rule to read.
 *
 * <p>Specs are matched per type and key. Versions present on both sides are compared with
 * themselves; then each remaining old version, newest first, is matched with the lowest remaining
 * new version above it and below the next old version (so {@code 1.0.0 → 1.1.0} and
 * {@code 1.0.0 → 2.0.0} are changes of one spec, but with {@code 1.0.0} and {@code 2.0.0} before,
 * a new {@code 3.0.0} succeeds {@code 2.0.0} only). What stays unmatched is added or removed.
 * Specs equal apart from their source location are not listed.
 */
@PublicApi
public final class ContractDiff {

    private final ContractRegistry before;
    private final ContractRegistry after;
    private final List<SpecDiff> specs;
    private final List<FieldChange> fieldChanges;
    private final List<ModelChange> modelChanges;

    private ContractDiff(ContractRegistry before, ContractRegistry after) {
        this.before = before;
        this.after = after;
        this.specs = SpecMatcher.diff(before, after);
        this.fieldChanges = specs.stream().flatMap(spec -> spec.fieldChanges().stream()).toList();
        this.modelChanges = specs.stream().flatMap(spec -> spec.modelChanges().stream()).toList();
    }

    public static ContractDiff between(ContractRegistry before, ContractRegistry after) {
        return new ContractDiff(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    }

    public ContractRegistry before() {
        return before;
    }

    public ContractRegistry after() {
        return after;
    }

    /** Every spec that differs, by type, key and version. */
    public List<SpecDiff> specs() {
        return specs;
    }

    public List<SpecDiff> added() {
        return withStatus(SpecDiff.Status.ADDED);
    }

    public List<SpecDiff> removed() {
        return withStatus(SpecDiff.Status.REMOVED);
    }

    public List<SpecDiff> changed() {
        return withStatus(SpecDiff.Status.CHANGED);
    }

    /** Both sides of every changed spec of one class, e.g. {@code changed(OperationSpec.class)}. */
    public <T extends Spec> List<SpecPair<T>> changed(Class<T> specClass) {
        return specs.stream().flatMap(spec -> spec.pair(specClass).stream()).toList();
    }

    /** Every field change of every changed spec. */
    public List<FieldChange> fieldChanges() {
        return fieldChanges;
    }

    /** Every model of every changed spec that changed whether it accepts unknown fields. */
    public List<ModelChange> modelChanges() {
        return modelChanges;
    }

    public boolean isEmpty() {
        return specs.isEmpty();
    }

    private List<SpecDiff> withStatus(SpecDiff.Status status) {
        return specs.stream().filter(spec -> spec.status() == status).toList();
    }

    @Override
    public String toString() {
        return "ContractDiff[added=" + added().size() + ", removed=" + removed().size() + ", changed="
                + changed().size() + "]";
    }
}
