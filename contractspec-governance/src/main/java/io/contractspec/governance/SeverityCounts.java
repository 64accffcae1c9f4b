package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;

/** How many findings there are at each severity. */
@PublicApi
public record SeverityCounts(int errors, int dangers, int warnings, int notes) {

    public static final SeverityCounts NONE = new SeverityCounts(0, 0, 0, 0);

    public static SeverityCounts of(List<Diagnostic> findings) {
        int[] counts = new int[Severity.values().length];
        findings.forEach(finding -> counts[finding.severity().ordinal()]++);
        return new SeverityCounts(counts[Severity.ERROR.ordinal()], counts[Severity.DANGER.ordinal()],
                counts[Severity.WARNING.ordinal()], counts[Severity.NOTE.ordinal()]);
    }

    public int total() {
        return errors + dangers + warnings + notes;
    }

    /** True when a finding is at DANGER or ERROR: it fails a check unless configured otherwise. */
    public boolean hasBreaking() {
        return errors + dangers > 0;
    }

    @Override
    public String toString() {
        return errors + " error(s), " + dangers + " danger(s), " + warnings + " warning(s), " + notes + " note(s)";
    }
}
