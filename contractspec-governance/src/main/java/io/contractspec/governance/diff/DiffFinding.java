package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import java.util.Objects;

/** A rule's finding together with the spec diff it is about, so the version policy can judge it. */
@PublicApi
public record DiffFinding(SpecDiff spec, Diagnostic diagnostic) {

    public DiffFinding {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }
}
