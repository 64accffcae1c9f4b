package io.contractspec.cli.command;

import io.contractspec.cli.load.LoadedContracts;
import io.contractspec.core.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec snapshot}: the canonical snapshot of the contracts. */
@Command(name = "snapshot", description = "Write the canonical snapshot of the contracts (e.g. contracts.lock.json).")
public final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Spec
    CommandSpec command;

    @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        String snapshot;
        try (LoadedContracts loaded = contracts.load()) {
            snapshot = Snapshot.write(loaded.registry());
        }
        Output.text(snapshot, out, command.commandLine().getOut());
        return 0;
    }
}
