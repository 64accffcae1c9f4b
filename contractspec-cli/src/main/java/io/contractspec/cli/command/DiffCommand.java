package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.Governance;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.ClasspathLoader;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.build.load.SnapshotLoader;
import io.contractspec.schema.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contractspec diff <old> <new>}: breaking changes between two snapshots or classpaths. */
@Command(mixinStandardHelpOptions = true, name = "diff", description = "Compare two versions of the contracts: each a snapshot file (.json) or a classpath.")
@Internal
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<old>",
            description = "The baseline: a snapshot file or a classpath (default: the committed snapshot of .contractsrc.json).")
    String before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<new>",
            description = "The candidate: a snapshot file or a classpath (default: contracts.classpath of .contractsrc.json).")
    String after;

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
        if (before == null || after == null) {
            if (before != null || config.classpath().isEmpty()) {
                throw new UsageException("give both <old> and <new> (each a snapshot file or a classpath); without either,"
                        + " inside a project whose .contractsrc.json names contracts.classpath, diff compares the committed"
                        + " snapshot with the built contracts");
            }
            before = project.root().resolve(config.snapshot()).toString();
            after = String.join(java.io.File.pathSeparator,
                    config.classpath().stream().map(entry -> project.root().resolve(entry).toString()).toList());
        }
        List<Diagnostic> findings;
        String text;
        try (LoadedContracts old = load(before); LoadedContracts candidate = load(after)) {
            findings = Governance.breakingChanges(old.registry(), candidate.registry(), config, candidate.classLoader());
            text = FindingsReport.write("diff", findings, report.format(), failWarnings, candidate.classLoader());
        }
        boolean failed = FindingsReport.fails(findings, failWarnings);
        report.write(text, "diff", !failed, command.commandLine().getOut());
        return failed ? 1 : 0;
    }

    /** A regular file ending in .json is a snapshot; anything else is a classpath. */
    static LoadedContracts load(String source) {
        Path path = Path.of(source);
        if (source.endsWith(".json") || Files.isRegularFile(path) && !source.endsWith(".jar")) {
            return SnapshotLoader.load(path);
        }
        return ClasspathLoader.load(ClasspathLoader.split(List.of(source)), DiffCommand.class.getClassLoader());
    }
}
