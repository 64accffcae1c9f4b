package io.contractspec.maven;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.CiReport;
import io.contractspec.build.ci.CiReportWriter;
import io.contractspec.build.ci.CiRequest;
import io.contractspec.build.ci.ContinuousIntegration;
import io.contractspec.build.ci.ReportFormat;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.load.LoadedContracts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code contractspec ci} inside the build: lint, integrity, acceptance, breaking changes and
 * drift on the project's classpath. Writes the text report to the log and SARIF and JSON reports to
 * {@code target/contractspec/}; fails the build on findings, and when the {@code snapshot} goal had
 * to rewrite the committed snapshot, unless {@code failOnFindings} is false.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Internal
public final class CheckMojo extends ContractsMojo {

    /**
     * A snapshot file or git ref to check for breaking changes; by default {@code ci.baseline} of
     * the configuration, else the snapshot the {@code snapshot} goal replaced in this build, if any.
     */
    @Parameter(property = "contractspec.baseline")
    String baseline;

    @Parameter(property = "contractspec.snapshotFile", defaultValue = CiRequest.DEFAULT_SNAPSHOT_FILE)
    String snapshotFile;

    @Parameter(property = "contractspec.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    @Parameter(property = "contractspec.failOnFindings", defaultValue = "true")
    boolean failOnFindings;

    @Parameter(property = "contractspec.drift", defaultValue = "true")
    boolean drift;

    /** A class of the project building an executor with handlers, to run the acceptance examples. */
    @Parameter(property = "contractspec.executorFactory")
    String executorFactory;

    /** Roles of the user the examples run as, with an executor factory. */
    @Parameter
    List<String> roles = new ArrayList<>();

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        ProjectConfig config = config();
        CiReport report;
        try (LoadedContracts contracts = contracts()) {
            report = ContinuousIntegration.run(new CiRequest(contracts, config, projectRoot(),
                    GenerateSettings.of(config, projectRoot()), baseline(config), snapshotFile, drift && config.drift(),
                    failOnWarnings || config.failOnWarnings(), Optional.ofNullable(executorFactory), roles));
        }
        CiReportWriter.write(report, ReportFormat.TEXT).lines().forEach(line -> getLog().info(line));
        writeReports(report);
        if (!report.passed() && failOnFindings) {
            throw new MojoFailureException("contractspec: the contract checks found problems (see above and "
                    + reports().resolve("ci.sarif") + ")");
        }
        if (Files.isRegularFile(previousSnapshot()) && failOnFindings) {
            throw new MojoFailureException("contractspec: " + snapshotFile + " did not match the contracts; this build"
                    + " rewrote it (the old one is " + previousSnapshot() + "): review the change and commit it");
        }
    }

    /** The snapshot the {@code snapshot} goal replaced in this build, if it changed it. */
    private Path previousSnapshot() {
        return Path.of(project.getBuild().getDirectory()).resolve(SnapshotMojo.PREVIOUS);
    }

    private Optional<String> baseline(ProjectConfig config) {
        if (baseline != null) {
            return Optional.of(baseline);
        }
        Path previous = previousSnapshot();
        return config.baseline().or(() -> Files.isRegularFile(previous) ? Optional.of(previous.toString()) : Optional.empty());
    }

    private void writeReports(CiReport report) throws MojoExecutionException {
        try {
            Files.createDirectories(reports());
            Files.writeString(reports().resolve("ci.sarif"), CiReportWriter.write(report, ReportFormat.SARIF), StandardCharsets.UTF_8);
            Files.writeString(reports().resolve("ci.json"), CiReportWriter.write(report, ReportFormat.JSON), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("contractspec: cannot write the reports: " + e.getMessage(), e);
        }
    }

    private Path reports() {
        return Path.of(project.getBuild().getDirectory()).resolve("contractspec");
    }
}
