package io.contractspec.cli.command;

import io.contractspec.build.ci.CiReport;
import io.contractspec.build.ci.CiReportWriter;
import io.contractspec.build.ci.FindingJson;
import io.contractspec.build.ci.Governance;
import io.contractspec.build.ci.ReportFormat;
import io.contractspec.build.ci.StageResult;
import io.contractspec.build.ci.TextFindings;
import io.contractspec.build.generate.JsonText;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The report of a command that checks something ({@code validate}, {@code diff}): the same three
 * formats as {@code ci} — text lines, a JSON array of findings, or SARIF 2.1.0.
 */
final class FindingsReport {

    private FindingsReport() {}

    static String write(String stage, List<Diagnostic> findings, ReportFormat format, boolean failOnWarnings,
            Optional<ClassLoader> rules) {
        return switch (format) {
            case TEXT -> text(stage, findings);
            case JSON -> JsonText.pretty(FindingJson.of(findings));
            case SARIF -> CiReportWriter.write(new CiReport(List.of(StageResult.ran(stage, findings, failOnWarnings, stage)),
                    Governance.catalog(rules), failOnWarnings), ReportFormat.SARIF);
        };
    }

    static boolean fails(List<Diagnostic> findings, boolean failOnWarnings) {
        return findings.stream().anyMatch(finding -> CiReport.fails(finding, failOnWarnings));
    }

    private static String text(String stage, List<Diagnostic> findings) {
        StringBuilder text = new StringBuilder();
        findings.forEach(finding -> text.append(TextFindings.line(finding)).append('\n'));
        return text.append(stage).append(": ").append(TextFindings.counts(findings)).append('\n').toString();
    }
}
