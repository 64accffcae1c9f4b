package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import java.util.Comparator;
import java.util.List;

/**
 * Ordering and the one-line text form of governance findings, shared by lint, breaking changes,
 * golden files and text reports so that every tool prints a finding the same way.
 */
@PublicApi
public final class Findings {

    /** Deterministic order: by subject, then path, rule id, most severe first, message. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::subject)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::id)
            .thenComparing(Diagnostic::severity, Comparator.reverseOrder())
            .thenComparing(Diagnostic::message);

    private Findings() {}

    /** A sorted, immutable copy. */
    public static List<Diagnostic> sorted(List<Diagnostic> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    /**
     * {@code SEVERITY RuleId subject [path]: message}, e.g.
     * {@code ERROR RemovedOutputField workflow.instance.get@1.1.0 [output.status]: ...}; the subject
     * and the bracketed path are left out when empty. This is the line format of {@code case.events}.
     */
    public static String line(Diagnostic finding) {
        StringBuilder line = new StringBuilder(finding.severity().name()).append(' ').append(finding.id());
        if (!finding.subject().isEmpty()) {
            line.append(' ').append(finding.subject());
        }
        if (!finding.path().isEmpty()) {
            line.append(" [").append(finding.path()).append(']');
        }
        return line.append(": ").append(finding.message()).toString();
    }
}
