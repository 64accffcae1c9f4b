package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.load.ExecutorFactories;
import io.contractspec.build.load.LoadException;
import io.contractspec.runtime.OperationExecutor;
import java.util.Optional;
import java.util.function.Supplier;
import io.contractspec.build.sarif.RuleDescriptor;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.governance.drift.Drift;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code contractspec ci}: lint, integrity, acceptance, breaking changes and drift, in that order,
 * each a named stage with its findings. Lint runs once; findings of the reference rules are
 * reported under integrity and those of the example rules under acceptance, so no check runs twice.
 *
 * <pre>{@code
 * CiReport report = ContinuousIntegration.run(request);
 * System.exit(report.exitCode());
 * }</pre>
 */
@Internal
public final class ContinuousIntegration {

    /** Lint rules whose findings mean the contracts do not hang together. */
    static final Set<String> INTEGRITY_RULES = Set.of("UndefinedEmittedEvent", "UnresolvedFeatureReference",
            "UnresolvedCapabilityReference", "UnresolvedReplacement", "ConflictingModelShapes");
    /** Lint rules that check the acceptance examples against their schemas and declared errors. */
    static final Set<String> ACCEPTANCE_RULES = Set.of("ExampleInputNotConforming", "ExampleOutputNotConforming",
            "UndeclaredExampleError");

    private final CiRequest request;
    private final ContractRegistry registry;

    private ContinuousIntegration(CiRequest request) {
        this.request = request;
        this.registry = request.contracts().registry();
    }

    public static CiReport run(CiRequest request) {
        return new ContinuousIntegration(request).run();
    }

    private CiReport run() {
        List<Diagnostic> lint = Governance.lint(registry, request.config(), request.contracts().classLoader());
        List<StageResult> stages = List.of(
                stage("lint", without(lint, INTEGRITY_RULES, ACCEPTANCE_RULES), "lint rules of .contractsrc.json"),
                integrity(only(lint, INTEGRITY_RULES)),
                acceptance(only(lint, ACCEPTANCE_RULES)),
                breakingChanges(),
                drift());
        List<RuleDescriptor> rules = new ArrayList<>(Governance.catalog(request.contracts().classLoader()));
        rules.addAll(CiRules.ALL);
        return new CiReport(stages, rules, request.failOnWarnings());
    }

    private StageResult integrity(List<Diagnostic> referenceFindings) {
        List<Diagnostic> findings = new ArrayList<>(referenceFindings);
        String written = Snapshot.write(registry);
        if (!Snapshot.write(Snapshot.read(written)).equals(written)) {
            findings.add(finding(CiRules.SNAPSHOT_ROUND_TRIP, "", "the snapshot of the contracts does not read back to the same contracts"));
        }
        return stage("integrity", findings, "registry loads, snapshot round-trips, references resolve");
    }

    private StageResult acceptance(List<Diagnostic> exampleFindings) {
        List<Diagnostic> findings = new ArrayList<>(exampleFindings);
        Optional<Supplier<OperationExecutor>> executors = request.contracts().classLoader().flatMap(loader ->
                ExecutorFactories.forProject(request.executorFactory(), registry, loader));
        if (executors.isEmpty()) {
            return stage("acceptance", findings, "static: examples conform to their schemas and declared errors"
                    + " (list a HandlerModule, or give --executor-factory, with a classpath to run them)");
        }
        findings.addAll(ExecutableAcceptance.run(registry, executors.get(), request.roles()));
        return stage("acceptance", findings, "examples conform, and run through "
                + request.executorFactory().orElse("the project's handler modules"));
    }

    private StageResult breakingChanges() {
        if (request.baseline().isEmpty()) {
            return StageResult.skipped("breaking-changes", "no baseline (give --baseline <snapshot file or git ref>)");
        }
        String baseline = request.baseline().get();
        ContractRegistry before = Baselines.read(baseline, request.projectRoot(), request.snapshotFile(),
                baseline.equals(request.snapshotFile()) ? snapshotCommand() : snapshotCommand() + " --out " + baseline);
        return stage("breaking-changes", Governance.breakingChanges(before, registry, request.config(),
                request.contracts().classLoader()), "against " + baseline);
    }

    private StageResult drift() {
        if (!request.drift()) {
            return StageResult.skipped("drift", "switched off");
        }
        List<Diagnostic> findings = new ArrayList<>(snapshotDrift());
        List<String> checked = new ArrayList<>();
        if (request.contracts().classLoader().isPresent() && Files.isRegularFile(request.projectRoot().resolve(request.snapshotFile()))) {
            checked.add(request.snapshotFile());
        }
        Path generated = request.projectRoot().resolve(request.config().outputDir());
        if (Files.isDirectory(generated)) {
            findings.addAll(Drift.check(generated, ArtifactGenerator.of(request.generate()).generate(registry),
                    request.config().outputDir() + "/"));
            checked.add(request.config().outputDir() + "/");
        }
        String note = checked.isEmpty() ? "nothing committed to compare (no " + request.snapshotFile() + " with a classpath, no "
                + request.config().outputDir() + "/ folder)" : "committed " + String.join(" and ", checked) + " against the contracts";
        return stage("drift", findings, note);
    }

    /** A committed snapshot must be what the contracts on the classpath write. */
    private List<Diagnostic> snapshotDrift() {
        Path committed = request.projectRoot().resolve(request.snapshotFile());
        if (request.contracts().classLoader().isEmpty() || !Files.isRegularFile(committed)) {
            return List.of();
        }
        try {
            String text = Files.readString(committed, StandardCharsets.UTF_8);
            return text.equals(Snapshot.write(registry)) ? List.of() : List.of(finding(CiRules.SNAPSHOT_OUTDATED,
                    request.snapshotFile(), request.snapshotFile() + " does not match the contracts; run '" + snapshotCommand() + "' and commit it"));
        } catch (IOException e) {
            throw new LoadException("cannot read the committed snapshot " + request.snapshotFile() + ": "
                    + (e instanceof MalformedInputException ? "it is not UTF-8 text" : e.getMessage()), e);
        }
    }

    /** The command that rewrites the committed snapshot, as the user can type it. */
    private String snapshotCommand() {
        String command = "contractspec snapshot";
        if (request.config().classpath().isEmpty() && request.contracts().origin().startsWith("classpath ")) {
            command += " --classpath " + request.contracts().origin().substring("classpath ".length());
        }
        boolean configured = request.config().isFromFile() && request.snapshotFile().equals(request.config().snapshot());
        return configured ? command : command + " --out " + request.snapshotFile();
    }

    private StageResult stage(String name, List<Diagnostic> findings, String note) {
        return StageResult.ran(name, findings, request.failOnWarnings(), note);
    }

    private static Diagnostic finding(String id, String file, String message) {
        return Diagnostic.builder().severity(Severity.ERROR).id(id).location(new SourceLocation(file, 0)).message(message).build();
    }

    private static List<Diagnostic> only(List<Diagnostic> findings, Set<String> ids) {
        return findings.stream().filter(finding -> ids.contains(finding.id())).toList();
    }

    private static List<Diagnostic> without(List<Diagnostic> findings, Set<String> excluded, Set<String> alsoExcluded) {
        return findings.stream()
                .filter(finding -> !excluded.contains(finding.id()) && !alsoExcluded.contains(finding.id()))
                .toList();
    }
}
