package io.contractspec.examples.workflow.app;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contracts as last committed: {@code contracts.lock.json}, which the build packages as a
 * resource before it rewrites the file from the compiled contracts. The Studio's governance view
 * compares the running contracts against it, as {@code contractspec ci} does.
 */
final class GovernanceBaseline {

    static final String RESOURCE = "/io/contractspec/examples/workflow/contracts.lock.json";

    private GovernanceBaseline() {}

    static ContractRegistry committed() {
        try (InputStream in = GovernanceBaseline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // No quiet "no baseline": a Studio without one would show no breaking change at all.
                throw new IllegalStateException("The governance baseline " + RESOURCE + " is not on the class path;"
                        + " build the application with Maven, which packages contracts.lock.json.");
            }
            return Snapshot.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the governance baseline " + RESOURCE, e);
        }
    }
}
