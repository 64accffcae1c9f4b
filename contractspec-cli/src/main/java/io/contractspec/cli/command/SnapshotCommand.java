package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec snapshot}: the canonical snapshot of the contracts. Inside a project it
 * updates the committed snapshot ({@code contracts.snapshot} of {@code .contractsrc.json}), which is
 * also {@code ci}'s baseline: run it when a change is intended, and commit the file.
 */
@Command(mixinStandardHelpOptions = true, name = "snapshot",
        description = "Write the canonical snapshot of the contracts: inside a project, the committed snapshot (contracts.lock.json); elsewhere standard output.")
@Internal
public final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>",
            description = "The file to write; '-' for standard output (default: contracts.snapshot of .contractsrc.json inside a project, else standard output).")
    String out;

    @Override
    public Integer call() {
        String snapshot;
        int specs;
        try (LoadedContracts loaded = contracts.load(project)) {
            snapshot = Snapshot.write(loaded.registry());
            specs = loaded.registry().all().size();
        }
        Path file = target();
        Output.text(snapshot, file, command.commandLine().getOut());
        if (file != null) {
            command.commandLine().getOut().println("wrote " + ProjectOptions.shown(file) + " (" + specs + " specs)");
        }
        return 0;
    }

    /** The file to write, or null for standard output. */
    private Path target() {
        if ("-".equals(out)) {
            return null;
        }
        if (out != null) {
            return Path.of(out);
        }
        ProjectConfig config = project.config();
        return config.isFromFile() ? project.root().resolve(config.snapshot()) : null;
    }
}
