package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.CiReport;
import io.contractspec.build.ci.CiReportWriter;
import io.contractspec.build.ci.CiRequest;
import io.contractspec.build.ci.ContinuousIntegration;
import io.contractspec.build.ci.ReportFormat;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.LoadedContracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec ci}: every check, one report, exit 0 (pass) or 1 (findings). */
@Command(mixinStandardHelpOptions = true, name = "ci", description = {
        "Run lint, integrity, acceptance, breaking changes (with a baseline) and drift; exit 1 on findings.",
        "Acceptance is static (examples against their schemas) unless --executor-factory names a class that builds an executor with handlers."})
@Internal
public final class CiCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--baseline", paramLabel = "<snapshot|git-ref>",
            description = "Compare with this snapshot file, or with the snapshot committed at this git ref (default: ci.baseline of .contractsrc.json; none: no breaking-change check).")
    String baseline;

    @Option(names = "--snapshot-file", paramLabel = "<path>",
            description = "The committed snapshot, relative to the project root (default: contracts.snapshot of .contractsrc.json, else contracts.lock.json).")
    String snapshotFile;

    @Mixin
    ReportOptions report;

    @Option(names = "--fail-on-warnings", description = "Also fail on warnings.")
    boolean failOnWarnings;

    @Option(names = "--no-drift", description = "Skip the drift check of the snapshot and the generated folder.")
    boolean noDrift;

    @Option(names = "--executor-factory", paramLabel = "<class>",
            description = "A class on the classpath implementing Function<ContractRegistry, OperationExecutor> or Supplier<OperationExecutor>; runs every example.")
    String executorFactory;

    @Option(names = "--role", paramLabel = "<role>", description = "A role of the user the examples run as; repeatable.")
    List<String> roles = new ArrayList<>();

    @Override
    public Integer call() {
        ReportFormat reportFormat = report.format();
        ProjectConfig config = project.config();
        CiReport result;
        try (LoadedContracts loaded = contracts.load(project)) {
            result = ContinuousIntegration.run(new CiRequest(loaded, config, project.root(),
                    project.generateSettings(config), Optional.ofNullable(baseline).or(config::baseline),
                    snapshotFile != null ? snapshotFile : config.snapshot(),
                    !noDrift && config.drift(), failOnWarnings || config.failOnWarnings(),
                    Optional.ofNullable(executorFactory), roles));
        }
        report.write(CiReportWriter.write(result, reportFormat), "ci", result.passed(), command.commandLine().getOut());
        return result.exitCode();
    }
}
