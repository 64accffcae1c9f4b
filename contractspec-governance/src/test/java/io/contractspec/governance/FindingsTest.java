package io.contractspec.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Diagnostic finding(Severity severity, String id, String subject, String path) {
        return Diagnostic.builder().severity(severity).id(id).subject(subject).path(path).message("m").build();
    }

    @Test
    void aLineLeavesOutAnEmptySubjectAndPath() {
        assertThat(Findings.line(finding(Severity.ERROR, "RemovedOperation", "a.b@1.0.0", "")))
                .isEqualTo("ERROR RemovedOperation a.b@1.0.0: m");
        assertThat(Findings.line(finding(Severity.NOTE, "X", "a.b@1.0.0", "io.input.x")))
                .isEqualTo("NOTE X a.b@1.0.0 [io.input.x]: m");
        assertThat(Findings.line(finding(Severity.WARNING, "X", "", ""))).isEqualTo("WARNING X: m");
    }

    @Test
    void findingsSortBySubjectPathIdThenMostSevereFirst() {
        Diagnostic a = finding(Severity.NOTE, "B", "a@1.0.0", "x");
        Diagnostic b = finding(Severity.ERROR, "B", "a@1.0.0", "x");
        Diagnostic c = finding(Severity.ERROR, "A", "a@1.0.0", "y");
        Diagnostic d = finding(Severity.ERROR, "A", "b@1.0.0", "");

        assertThat(Findings.sorted(List.of(d, c, a, b))).containsExactly(b, a, c, d);
    }

    @Test
    void countsPerSeverity() {
        SeverityCounts counts = SeverityCounts.of(List.of(finding(Severity.DANGER, "A", "", ""),
                finding(Severity.NOTE, "A", "", ""), finding(Severity.NOTE, "B", "", "")));

        assertThat(counts).isEqualTo(new SeverityCounts(0, 1, 0, 2));
        assertThat(counts.hasBreaking()).isTrue();
        assertThat(counts.total()).isEqualTo(3);
    }
}
