package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;

/**
 * The one-line text form of a finding, {@code SEVERITY RuleId subject [path]: message (file:line)},
 * and a count line; shared by every text output.
 */
@Internal
public final class TextFindings {

    private TextFindings() {}

    public static String line(Diagnostic finding) {
        StringBuilder line = new StringBuilder(finding.severity().name()).append(' ').append(finding.id());
        if (!finding.subject().isEmpty()) {
            line.append(' ').append(finding.subject());
        }
        if (!finding.path().isEmpty()) {
            line.append(" [").append(finding.path()).append(']');
        }
        line.append(": ").append(finding.message());
        if (finding.location().isKnown()) {
            line.append(" (").append(finding.location()).append(')');
        }
        return line.toString();
    }

    public static String counts(List<Diagnostic> findings) {
        return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.DANGER, "danger") + ", "
                + count(findings, Severity.WARNING, "warning") + ", " + count(findings, Severity.NOTE, "note");
    }

    private static String count(List<Diagnostic> findings, Severity severity, String noun) {
        long count = findings.stream().filter(finding -> finding.severity() == severity).count();
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
