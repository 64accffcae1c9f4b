package io.contractspec.examples.workflow;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the workflow-system application. Until the engine and its REST surface exist it
 * prints the canonical snapshot of the workflow contracts, discovered the way every tool finds
 * them: through {@link java.util.ServiceLoader}.
 */
public final class WorkflowSystemMain {

    private WorkflowSystemMain() {}

    public static void main(String[] args) {
        ContractRegistry registry = ContractRegistry.discover(WorkflowSystemMain.class.getClassLoader());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(Snapshot.write(registry));
        out.flush();
    }
}
