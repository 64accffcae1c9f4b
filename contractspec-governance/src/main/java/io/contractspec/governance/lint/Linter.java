package io.contractspec.governance.lint;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.governance.Findings;
import io.contractspec.governance.RuleInfo;
import io.contractspec.governance.internal.RuleLoader;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs lint rules over a registry. The standard linter has every rule that ServiceLoader finds:
 * the built-in catalog and any rule a user lists in
 * {@code META-INF/services/io.contractspec.governance.lint.LintRule}.
 *
 * <pre>{@code
 * List<Diagnostic> findings = Linter.run(registry, LintConfig.load(Path.of(".contractsrc.json")));
 * }</pre>
 */
@PublicApi
public final class Linter {

    private final List<LintRule> rules;

    private Linter(List<LintRule> rules) {
        this.rules = RuleLoader.byId(rules, LintRule::id, "lint rule");
    }

    /** Every lint rule visible to the class loader. */
    public static Linter discover(ClassLoader classLoader) {
        return new Linter(RuleLoader.load(LintRule.class, classLoader));
    }

    /** Every lint rule visible to this library's class loader. */
    public static Linter standard() {
        return discover(Linter.class.getClassLoader());
    }

    /** Exactly these rules, e.g. to test one rule on its own. */
    public static Linter of(Collection<? extends LintRule> rules) {
        return new Linter(List.copyOf(rules));
    }

    /** Lints with the {@linkplain #standard() standard} rules; findings sorted by {@link Findings#ORDER}. */
    public static List<Diagnostic> run(ContractRegistry registry, LintConfig config) {
        return standard().lint(registry, config);
    }

    public List<Diagnostic> lint(ContractRegistry registry) {
        return lint(registry, LintConfig.DEFAULTS);
    }

    /**
     * Runs every rule the config leaves on.
     *
     * @throws io.contractspec.governance.ConfigException when the config names an unknown rule
     */
    public List<Diagnostic> lint(ContractRegistry registry, LintConfig config) {
        Objects.requireNonNull(registry, "registry");
        validate(Objects.requireNonNull(config, "config"));
        List<Diagnostic> findings = new ArrayList<>();
        for (LintRule rule : rules) {
            Optional<Severity> severity = config.severity(rule.id(), rule.defaultSeverity());
            if (severity.isPresent()) {
                LintContext context = new LintContext(registry, rule.id(), severity.get(), findings);
                RuleLoader.guard(rule.id(), () -> rule.check(context));
            }
        }
        return Findings.sorted(findings);
    }

    /** @throws io.contractspec.governance.ConfigException when the config names a rule this linter does not have */
    public void validate(LintConfig config) {
        config.requireKnown(rules.stream().map(LintRule::id).toList());
    }

    /** The rules, by id. */
    public List<LintRule> rules() {
        return rules;
    }

    /** Id, default severity and summary of every rule, by id. */
    public List<RuleInfo> catalog() {
        return rules.stream().map(LintRule::info).toList();
    }
}
