package io.contractspec.cli.ci;

import io.contractspec.cli.NotAvailableException;
import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.cli.sarif.RuleDescriptor;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The CLI's one door to the governance module: lint, breaking changes and their rule catalogs,
 * with the severities of {@code .contractsrc.json} and the user rules visible to the contracts'
 * class loader.
 */
public final class Governance {

    private Governance() {}

    public static List<Diagnostic> lint(ContractRegistry registry, ProjectConfig config, Optional<ClassLoader> classLoader) {
        throw new NotAvailableException("lint", "contractspec-governance");
    }

    public static List<Diagnostic> breakingChanges(ContractRegistry baseline, ContractRegistry current, ProjectConfig config,
            Optional<ClassLoader> classLoader) {
        throw new NotAvailableException("the breaking-change check", "contractspec-governance");
    }

    public static List<RuleDescriptor> catalog(Optional<ClassLoader> classLoader) {
        return List.of();
    }
}
