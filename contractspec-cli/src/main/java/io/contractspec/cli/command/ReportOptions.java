package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --format text|json|sarif} and {@code --out}: the same on every command that writes a report. */
@Internal
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "Write the report to this file (default: standard output).")
    Path out;

    ReportFormat format() {
        return Usage.choice("--format", format, ReportFormat.class);
    }

    /** Writes the report; when it went to a file, says so on standard output with the outcome. */
    void write(String report, String command, boolean passed, PrintWriter stdout) {
        Output.text(report, out, stdout);
        if (out != null) {
            stdout.println(command + " " + (passed ? "passed" : "failed") + "; report written to " + ProjectOptions.shown(out));
        }
    }
}
