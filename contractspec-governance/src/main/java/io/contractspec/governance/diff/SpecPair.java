package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import java.util.Objects;

/**
 * The two sides of a changed spec, typed (e.g. {@code SpecPair<OperationSpec>}), with the diff
 * they belong to so that a rule can report on it.
 */
@PublicApi
public record SpecPair<T extends Spec>(SpecDiff diff, T before, T after) {

    public SpecPair {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
