package io.contractspec.build.ci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.Internal;
import io.contractspec.build.BuildVersion;
import io.contractspec.build.generate.JsonText;
import io.contractspec.build.sarif.SarifWriter;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.Locale;

/** Writes a {@link CiReport} as text for people, JSON for scripts or SARIF 2.1.0 for code-scanning tools. */
@Internal
public final class CiReportWriter {

    private CiReportWriter() {}

    public static String write(CiReport report, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(report);
            case JSON -> JsonText.pretty(json(report));
            case SARIF -> JsonText.pretty(SarifWriter.toJson(BuildVersion.current(), report.rules(), report.findings()));
        };
    }

    static String text(CiReport report) {
        StringBuilder out = new StringBuilder();
        for (StageResult stage : report.stages()) {
            out.append(String.format(Locale.ROOT, "%-17s %-7s %s\n", stage.name(), stage.status().wireName(), stage.note()));
            for (Diagnostic finding : stage.findings()) {
                out.append("  ").append(TextFindings.line(finding)).append("\n");
            }
        }
        out.append("ci ").append(report.passed() ? "passed" : "failed").append(": ")
                .append(TextFindings.counts(report.findings())).append("\n");
        return out.toString();
    }

    static ObjectNode json(CiReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode()
                .put("passed", report.passed())
                .put("failOnWarnings", report.failOnWarnings());
        ObjectNode counts = root.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.wireName(), report.findings().stream().filter(f -> f.severity() == severity).count());
        }
        ArrayNode stages = root.putArray("stages");
        for (StageResult stage : report.stages()) {
            stages.addObject()
                    .put("name", stage.name())
                    .put("status", stage.status().wireName())
                    .put("note", stage.note())
                    .set("findings", FindingJson.of(stage.findings()));
        }
        return root;
    }
}
