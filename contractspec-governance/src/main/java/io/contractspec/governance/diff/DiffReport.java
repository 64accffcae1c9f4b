package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.SeverityCounts;
import io.contractspec.schema.Diagnostic;
import java.util.List;

/**
 * The outcome of comparing two registries: the computed differences and the findings of every
 * rule and of the version policy, sorted by {@link io.contractspec.governance.Findings#ORDER}.
 */
@PublicApi
public final class DiffReport {

    /** Counts for a one-line summary: specs added, removed, changed; findings per severity. */
    public record Summary(int added, int removed, int changed, SeverityCounts findings) {

        @Override
        public String toString() {
            return added + " added, " + removed + " removed, " + changed + " changed; " + findings;
        }
    }

    private final ContractDiff diff;
    private final List<Diagnostic> findings;

    DiffReport(ContractDiff diff, List<Diagnostic> findings) {
        this.diff = diff;
        this.findings = List.copyOf(findings);
    }

    public ContractDiff diff() {
        return diff;
    }

    public List<Diagnostic> findings() {
        return findings;
    }

    public Summary summary() {
        return new Summary(diff.added().size(), diff.removed().size(), diff.changed().size(),
                SeverityCounts.of(findings));
    }

    /** True when a finding is at DANGER or ERROR. */
    public boolean hasBreaking() {
        return findings.stream().anyMatch(finding -> finding.severity().isBreaking());
    }

    /** True when the registries hold the same contracts. */
    public boolean isEmpty() {
        return diff.isEmpty() && findings.isEmpty();
    }

    @Override
    public String toString() {
        return "DiffReport[" + summary() + "]";
    }
}
