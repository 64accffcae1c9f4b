package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DiffRule} sees while it runs: the computed differences, and a way to report a
 * finding that stamps it with the rule's id, its severity, the spec's {@code key@version} and
 * its source location.
 */
@PublicApi
public final class DiffContext {

    private final ContractDiff diff;
    private final String ruleId;
    private final Severity severity;
    private final List<DiffFinding> findings;

    DiffContext(ContractDiff diff, String ruleId, Severity severity, List<DiffFinding> findings) {
        this.diff = diff;
        this.ruleId = ruleId;
        this.severity = severity;
        this.findings = findings;
    }

    public ContractDiff diff() {
        return diff;
    }

    /** Reports a change of a whole spec or of a part of it ({@code policy.auth}, {@code transport.rest}). */
    public void report(SpecDiff spec, String path, String message) {
        report(spec, path, message, null);
    }

    public void report(SpecDiff spec, String path, String message, String hint) {
        Objects.requireNonNull(spec, "spec");
        findings.add(new DiffFinding(spec, Diagnostic.builder()
                .severity(severity)
                .id(ruleId)
                .subject(spec.subject())
                .path(Objects.requireNonNull(path, "path"))
                .location(spec.location())
                .message(message)
                .hint(hint)
                .build()));
    }

    /** Reports a field change at its path. */
    public void report(FieldChange change, String message) {
        report(change.spec(), change.path(), message, null);
    }

    public void report(FieldChange change, String message, String hint) {
        report(change.spec(), change.path(), message, hint);
    }
}
