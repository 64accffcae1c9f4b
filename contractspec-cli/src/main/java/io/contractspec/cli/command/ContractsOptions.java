package io.contractspec.cli.command;

import io.contractspec.cli.load.ClasspathLoader;
import io.contractspec.cli.load.LoadedContracts;
import io.contractspec.cli.load.SnapshotLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the contracts come from: {@code --classpath} (jars and class folders) or {@code --snapshot}. */
public final class ContractsOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = {"-cp", "--classpath"}, paramLabel = "<path>",
                description = "Jars and class folders holding ContractModules, separated by the path separator; repeatable. A folder/* entry means every jar in it.")
        List<String> classpath = new ArrayList<>();

        @Option(names = "--snapshot", paramLabel = "<file>", description = "A snapshot file (e.g. contracts.lock.json) instead of a classpath.")
        Path snapshot;
    }

    public LoadedContracts load() {
        if (source.snapshot != null) {
            return SnapshotLoader.load(source.snapshot);
        }
        return ClasspathLoader.load(ClasspathLoader.split(source.classpath), ContractsOptions.class.getClassLoader());
    }
}
