package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.internal.SeverityOverrides;
import io.contractspec.schema.Severity;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Per-rule severity overrides of one section of {@code .contractsrc.json}, {@code {"rules": {"RuleId":
 * "warning" | "off"}}}: what {@link io.contractspec.governance.lint.LintConfig} and
 * {@link io.contractspec.governance.diff.DiffConfig} share. Each remembers where its values came
 * from, so that an unknown rule id is reported at its key.
 */
@PublicApi
public abstract class RuleSeverities {

    private final SeverityOverrides overrides;

    protected RuleSeverities(SeverityOverrides overrides) {
        this.overrides = overrides;
    }

    /** The severity of a rule's findings: the override, else the default; empty when the rule is off. */
    public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
        return overrides.severity(ruleId, defaultSeverity);
    }

    /** Rule id to configured severity (empty = off), sorted by id. */
    public Map<String, Optional<Severity>> overrides() {
        return overrides.values();
    }

    /** @throws ConfigException at the key of the first override whose rule id is not known */
    public void requireKnown(Collection<String> ruleIds) {
        overrides.requireKnown(ruleIds);
    }

    /** A builder of a section's overrides, made by {@code create}. */
    protected static <C extends RuleSeverities> Builder<C> builderOf(Function<SeverityOverrides, C> create) {
        return new Builder<>(create);
    }

    /** Overrides set in code, e.g. by a build plugin's configuration. */
    public static final class Builder<C extends RuleSeverities> {
        private final Function<SeverityOverrides, C> create;
        private final Map<String, Optional<Severity>> values = new TreeMap<>();
        private String origin = "(configured in code)";

        private Builder(Function<SeverityOverrides, C> create) {
            this.create = create;
        }

        public Builder<C> severity(String ruleId, Severity severity) {
            values.put(ruleId, Optional.of(severity));
            return this;
        }

        public Builder<C> off(String ruleId) {
            values.put(ruleId, Optional.empty());
            return this;
        }

        /** Where the values come from, named in error messages (e.g. a pom.xml). */
        public Builder<C> origin(String origin) {
            this.origin = origin;
            return this;
        }

        public C build() {
            return create.apply(SeverityOverrides.of(origin, values));
        }
    }
}
