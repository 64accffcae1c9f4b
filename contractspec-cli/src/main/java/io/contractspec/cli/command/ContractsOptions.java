package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.ClasspathLoader;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.build.load.SnapshotLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the contracts come from: {@code --classpath} (jars and class folders) or {@code --snapshot};
 * without either, {@code contracts.classpath} of {@code .contractsrc.json} (the build output of the
 * project's contract module), which is what {@code contractspec init} configures.
 */
@Internal
public final class ContractsOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    static final class Source {
        @Option(names = {"-cp", "--classpath"}, paramLabel = "<path>",
                description = "Jars and class folders holding ContractModules, separated by the path separator; repeatable. A folder/* entry means every jar in it (default: contracts.classpath of .contractsrc.json).")
        List<String> classpath = new ArrayList<>();

        @Option(names = "--snapshot", paramLabel = "<file>", description = "A snapshot file (e.g. contracts.lock.json) instead of a classpath.")
        Path snapshot;
    }

    /** Whether the contracts come from a snapshot (no classes: no handlers, no user rules). */
    public boolean fromSnapshot() {
        return source != null && source.snapshot != null;
    }

    public LoadedContracts load(ProjectOptions project) {
        if (source != null && source.snapshot != null) {
            return SnapshotLoader.load(source.snapshot);
        }
        if (source != null && !source.classpath.isEmpty()) {
            return ClasspathLoader.load(ClasspathLoader.split(source.classpath), parent());
        }
        ProjectConfig config = project.config();
        if (config.classpath().isEmpty()) {
            throw new UsageException("no contracts to load: give --classpath <jars and class folders> or --snapshot <file>,"
                    + " or run inside a project made by 'contractspec init' (its .contractsrc.json names the classpath)");
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : config.classpath()) {
            List<Path> expanded = ClasspathLoader.split(List.of(project.root().resolve(entry).toString()));
            for (Path path : expanded) {
                if (!Files.exists(path)) {
                    throw new LoadException(ProjectOptions.shown(path) + " does not exist yet (contracts.classpath of "
                            + config.file() + "): " + buildHint(project.root(), entry));
                }
            }
            entries.addAll(expanded);
        }
        return ClasspathLoader.load(entries, parent());
    }

    /** What builds a missing {@code <module>/target/classes}: {@code mvn -q -f <module>/pom.xml package}. */
    private static String buildHint(Path root, String entry) {
        String normalized = entry.replace('\\', '/');
        int target = normalized.indexOf("target/");
        String module = target < 0 ? "" : normalized.substring(0, target);
        Path pom = root.resolve(module).resolve("pom.xml");
        if (target >= 0 && Files.isRegularFile(pom)) {
            return "build it first with 'mvn -q -f " + ProjectOptions.shown(pom) + " package'";
        }
        return "build the project first, or give --classpath or --snapshot";
    }

    private static ClassLoader parent() {
        return ContractsOptions.class.getClassLoader();
    }
}
