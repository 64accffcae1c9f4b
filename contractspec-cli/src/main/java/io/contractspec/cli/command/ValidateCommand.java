package io.contractspec.cli.command;

import io.contractspec.cli.ci.CiReport;
import io.contractspec.cli.ci.FindingJson;
import io.contractspec.cli.ci.Governance;
import io.contractspec.cli.ci.TextFindings;
import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.cli.generate.JsonText;
import io.contractspec.cli.load.LoadedContracts;
import io.contractspec.schema.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec validate}: lint the contracts. */
@Command(name = "validate", description = "Lint the contracts; exit 1 when a finding is at danger or error.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;

    @Option(names = "--fail-on-warnings", description = "Also exit 1 for warnings.")
    boolean failOnWarnings;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        ProjectConfig config = project.config();
        List<Diagnostic> findings;
        try (LoadedContracts loaded = contracts.load()) {
            findings = Governance.lint(loaded.registry(), config, loaded.classLoader());
        }
        StringBuilder text = new StringBuilder();
        if (json) {
            text.append(JsonText.pretty(FindingJson.of(findings)));
        } else {
            findings.forEach(finding -> text.append(TextFindings.line(finding)).append('\n'));
            text.append("lint: ").append(TextFindings.counts(findings)).append('\n');
        }
        Output.text(text.toString(), out, command.commandLine().getOut());
        boolean failed = findings.stream().anyMatch(finding -> CiReport.fails(finding, failOnWarnings || config.failOnWarnings()));
        return failed ? 1 : 0;
    }
}
