package io.contractspec.cli.command;

import io.contractspec.cli.ci.CiReport;
import io.contractspec.cli.ci.FindingJson;
import io.contractspec.cli.ci.Governance;
import io.contractspec.cli.ci.TextFindings;
import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.cli.generate.JsonText;
import io.contractspec.cli.load.ClasspathLoader;
import io.contractspec.cli.load.LoadedContracts;
import io.contractspec.cli.load.SnapshotLoader;
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
@Command(name = "diff", description = "Compare two versions of the contracts: each a snapshot file (.json) or a classpath.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<old>", description = "The baseline: a snapshot file or a classpath.")
    String before;

    @Parameters(index = "1", paramLabel = "<new>", description = "The candidate: a snapshot file or a classpath.")
    String after;

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
        try (LoadedContracts old = load(before); LoadedContracts candidate = load(after)) {
            findings = Governance.breakingChanges(old.registry(), candidate.registry(), config, candidate.classLoader());
        }
        StringBuilder text = new StringBuilder();
        if (json) {
            text.append(JsonText.pretty(FindingJson.of(findings)));
        } else {
            findings.forEach(finding -> text.append(TextFindings.line(finding)).append('\n'));
            text.append("diff: ").append(TextFindings.counts(findings)).append('\n');
        }
        Output.text(text.toString(), out, command.commandLine().getOut());
        boolean failWarnings = failOnWarnings || config.failOnWarnings();
        return findings.stream().anyMatch(finding -> CiReport.fails(finding, failWarnings)) ? 1 : 0;
    }

    /** A regular file ending in .json is a snapshot; anything else is a classpath. */
    private static LoadedContracts load(String source) {
        Path path = Path.of(source);
        if (source.endsWith(".json") || Files.isRegularFile(path) && !source.endsWith(".jar")) {
            return SnapshotLoader.load(path);
        }
        return ClasspathLoader.load(ClasspathLoader.split(List.of(source)), DiffCommand.class.getClassLoader());
    }
}
