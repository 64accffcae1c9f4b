package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one stage of {@code ci}: its name, whether it ran, its findings and a note saying
 * what it checked (or why it was skipped).
 */
@Internal
public record StageResult(String name, Status status, List<Diagnostic> findings, String note) {

    public enum Status {
        PASSED, FAILED, SKIPPED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public StageResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        Objects.requireNonNull(note, "note");
    }

    /** A stage that ran: failed when a finding fails the run under the given threshold. */
    public static StageResult ran(String name, List<Diagnostic> findings, boolean failOnWarnings, String note) {
        boolean failed = findings.stream().anyMatch(finding -> CiReport.fails(finding, failOnWarnings));
        return new StageResult(name, failed ? Status.FAILED : Status.PASSED, findings, note);
    }

    public static StageResult skipped(String name, String reason) {
        return new StageResult(name, Status.SKIPPED, List.of(), reason);
    }
}
