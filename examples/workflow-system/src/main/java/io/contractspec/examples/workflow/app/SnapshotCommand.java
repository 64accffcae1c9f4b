package io.contractspec.examples.workflow.app;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code snapshot}: prints the canonical snapshot of the contracts, discovered the way every tool
 * finds them, through {@link java.util.ServiceLoader}.
 */
@Command(name = "snapshot", description = "Prints the canonical snapshot of the workflow contracts.")
final class SnapshotCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ContractRegistry registry = ContractRegistry.discover(SnapshotCommand.class.getClassLoader());
        spec.commandLine().getOut().print(Snapshot.write(registry));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
