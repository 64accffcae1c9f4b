package io.contractspec.cli.command;

import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.openapi.OpenApiComparison;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec openapi diff <contracts> <openapi>}: what an OpenAPI document (hand-written or
 * served by the API being migrated) has that the contracts lack, and the reverse — operations,
 * parameters and response statuses, one finding each. Exit 1 when a finding fails the check.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare an OpenAPI document with the contracts: missing and extra operations, parameters and statuses.")
final class OpenApiDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<contracts>", description = "A snapshot file or a classpath of contract modules.")
    String contracts;

    @Parameters(index = "1", paramLabel = "<openapi>", description = "The OpenAPI 3.x or Swagger 2.0 document: a file or an http(s) URL.")
    String document;

    @Mixin
    ProjectOptions project;

    @Mixin
    ReportOptions report;

    @Spec
    CommandSpec command;

    @Option(names = "--fail-on-warnings", description = "Also exit 1 for warnings.")
    boolean failOnWarnings;

    @Override
    public Integer call() {
        ProjectConfig config = project.config();
        boolean failWarnings = failOnWarnings || config.failOnWarnings();
        List<Diagnostic> findings;
        try (LoadedContracts loaded = DiffCommand.load(contracts)) {
            findings = OpenApiComparison.compare(loaded.registry(), document);
        }
        String text = FindingsReport.write("openapi diff", findings, report.format(), failWarnings, Optional.empty());
        boolean failed = FindingsReport.fails(findings, failWarnings);
        report.write(text, "openapi diff", !failed, command.commandLine().getOut());
        return failed ? 1 : 0;
    }
}
