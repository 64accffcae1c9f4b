package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.Governance;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code contractspec validate}: lint the contracts. */
@Command(mixinStandardHelpOptions = true, name = "validate", description = "Lint the contracts; exit 1 when a finding is at danger or error.")
@Internal
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Mixin
    ReportOptions report;

    @Option(names = "--fail-on-warnings", description = "Also exit 1 for warnings.")
    boolean failOnWarnings;


    @Override
    public Integer call() {
        ProjectConfig config = project.config();
        boolean failWarnings = failOnWarnings || config.failOnWarnings();
        List<Diagnostic> findings;
        String text;
        try (LoadedContracts loaded = contracts.load(project)) {
            findings = Governance.lint(loaded.registry(), config, loaded.classLoader());
            text = FindingsReport.write("lint", findings, report.format(), failWarnings, loaded.classLoader());
        }
        boolean failed = FindingsReport.fails(findings, failWarnings);
        report.write(text, "validate", !failed, command.commandLine().getOut());
        return failed ? 1 : 0;
    }
}
