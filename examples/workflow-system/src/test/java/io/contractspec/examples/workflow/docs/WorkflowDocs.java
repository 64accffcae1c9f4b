package io.contractspec.examples.workflow.docs;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.SourceResolver;
import java.nio.file.Files;
import java.nio.file.Path;

/** The workflow contracts, found through ServiceLoader, and docs options that find their sources. */
final class WorkflowDocs {

    static final ContractRegistry REGISTRY = ContractRegistry.discover(WorkflowDocs.class.getClassLoader());

    private WorkflowDocs() {}

    /** The repository root. Tests run in this module's folder, examples/workflow-system. */
    static Path projectRoot() {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("examples/workflow-system"))) {
            throw new IllegalStateException(root + " is not the project root; run the tests from examples/workflow-system");
        }
        return root;
    }

    static DocsOptions options() {
        return DocsOptions.builder()
                .sourceResolver(SourceResolver.discover(projectRoot()))
                .siteTitle("Workflow system")
                .build();
    }
}
