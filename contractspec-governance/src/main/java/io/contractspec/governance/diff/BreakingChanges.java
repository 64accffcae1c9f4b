package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.governance.Findings;
import io.contractspec.governance.RuleInfo;
import io.contractspec.governance.internal.RuleLoader;
import io.contractspec.schema.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compares two registries (typically two snapshots): computes the {@link ContractDiff} once, runs
 * every breaking-change rule over it, then lets the {@link VersionPolicy} judge the findings.
 *
 * <pre>{@code
 * DiffReport report = BreakingChanges.between(Snapshot.read(baseline), Snapshot.read(current));
 * if (report.hasBreaking()) { ... }
 * }</pre>
 */
@PublicApi
public final class BreakingChanges {

    private final List<DiffRule> rules;
    private final VersionPolicy policy;

    private BreakingChanges(List<DiffRule> rules, VersionPolicy policy) {
        this.rules = RuleLoader.byId(rules, DiffRule::id, "breaking-change rule");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Every rule visible to the class loader, with the standard version policy. */
    public static BreakingChanges discover(ClassLoader classLoader) {
        return new BreakingChanges(RuleLoader.load(DiffRule.class, classLoader), VersionPolicy.STANDARD);
    }

    /** Every rule visible to this library's class loader, with the standard version policy. */
    public static BreakingChanges standard() {
        return discover(BreakingChanges.class.getClassLoader());
    }

    /** Exactly these rules, with the standard version policy. */
    public static BreakingChanges of(Collection<? extends DiffRule> rules) {
        return new BreakingChanges(List.copyOf(rules), VersionPolicy.STANDARD);
    }

    /** Compares with the {@linkplain #standard() standard} rules and default severities. */
    public static DiffReport between(ContractRegistry before, ContractRegistry after) {
        return standard().compare(before, after);
    }

    /** The same rules under another version policy. */
    public BreakingChanges withPolicy(VersionPolicy policy) {
        return new BreakingChanges(rules, policy);
    }

    public DiffReport compare(ContractRegistry before, ContractRegistry after) {
        return compare(before, after, DiffConfig.DEFAULTS);
    }

    /** @throws io.contractspec.governance.ConfigException when the config names an unknown rule */
    public DiffReport compare(ContractRegistry before, ContractRegistry after, DiffConfig config) {
        return compare(ContractDiff.between(before, after), config);
    }

    /** Runs the rules over differences computed already, e.g. to reuse them for another report. */
    public DiffReport compare(ContractDiff diff, DiffConfig config) {
        Objects.requireNonNull(diff, "diff");
        validate(Objects.requireNonNull(config, "config"));
        List<DiffFinding> findings = new ArrayList<>();
        for (DiffRule rule : rules) {
            Optional<Severity> severity = config.severity(rule.id(), rule.level().severity());
            if (severity.isPresent()) {
                DiffContext context = new DiffContext(diff, rule.id(), severity.get(), findings);
                RuleLoader.guard(rule.id(), () -> rule.check(context));
            }
        }
        return new DiffReport(diff, Findings.sorted(policy.apply(diff, findings, config)));
    }

    /** @throws io.contractspec.governance.ConfigException when the config names a rule or check that does not exist */
    public void validate(DiffConfig config) {
        config.requireKnown(catalog().stream().map(RuleInfo::id).toList());
    }

    public List<DiffRule> rules() {
        return rules;
    }

    public VersionPolicy policy() {
        return policy;
    }

    /** Every rule and version-policy check: id, severity of its level, summary; by id. */
    public List<RuleInfo> catalog() {
        return Stream.concat(rules.stream().map(DiffRule::info), policy.catalog().stream())
                .sorted(java.util.Comparator.comparing(RuleInfo::id))
                .toList();
    }
}
