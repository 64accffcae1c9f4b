package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.sarif.RuleDescriptor;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.governance.ConfigException;
import io.contractspec.governance.RuleInfo;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.DiffConfig;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The CLI's one door to the governance module: lint, breaking changes and their rule catalogs,
 * with the severities of {@code .contractsrc.json} and the rules visible to the contracts' class
 * loader (the built-in ones and any a project lists in its own {@code META-INF/services}).
 */
@Internal
public final class Governance {

    private Governance() {}

    public static List<Diagnostic> lint(ContractRegistry registry, ProjectConfig config, Optional<ClassLoader> classLoader) {
        return configured(() -> linter(classLoader).lint(registry, LintConfig.fromJson(config.document(), config.file())));
    }

    public static List<Diagnostic> breakingChanges(ContractRegistry baseline, ContractRegistry current, ProjectConfig config,
            Optional<ClassLoader> classLoader) {
        return configured(() -> breakingChanges(classLoader)
                .compare(baseline, current, DiffConfig.fromJson(config.document(), config.file()))
                .findings());
    }

    /** Every lint rule, breaking-change rule and version-policy check, by id. */
    public static List<RuleDescriptor> catalog(Optional<ClassLoader> classLoader) {
        return Stream.concat(linter(classLoader).catalog().stream(), breakingChanges(classLoader).catalog().stream())
                .map(Governance::descriptor)
                .toList();
    }

    private static Linter linter(Optional<ClassLoader> classLoader) {
        return classLoader.map(Linter::discover).orElseGet(Linter::standard);
    }

    private static BreakingChanges breakingChanges(Optional<ClassLoader> classLoader) {
        return classLoader.map(BreakingChanges::discover).orElseGet(BreakingChanges::standard);
    }

    private static RuleDescriptor descriptor(RuleInfo info) {
        return new RuleDescriptor(info.id(), info.defaultSeverity(), info.summary());
    }

    private static <T> T configured(Supplier<T> run) {
        try {
            return run.get();
        } catch (ConfigException e) {
            throw new LoadException(e.getMessage(), e);
        }
    }
}
