package io.contractspec.governance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.governance.ConfigException;
import io.contractspec.governance.internal.ContractsRc;
import io.contractspec.governance.internal.SeverityOverrides;
import io.contractspec.schema.Severity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Severity overrides for breaking-change rules and version-policy checks, from the
 * {@code "breakingChanges"} section of {@code .contractsrc.json}:
 *
 * <pre>{@code
 * { "breakingChanges": { "rules": { "AddedDeclaredError": "warning", "AddedOperation": "off" } } }
 * }</pre>
 *
 * An override replaces the severity of the rule's level; the version policy then relaxes findings
 * as usual. Ids are checked when {@link BreakingChanges} runs, since user rules are only known then.
 */
public final class DiffConfig {

    /** The section of {@code .contractsrc.json} this reads. */
    public static final String SECTION = "breakingChanges";

    public static final DiffConfig DEFAULTS = new DiffConfig(SeverityOverrides.none());

    private final SeverityOverrides overrides;

    private DiffConfig(SeverityOverrides overrides) {
        this.overrides = overrides;
    }

    /** @throws ConfigException naming the file and the key of the first problem */
    public static DiffConfig load(Path file) {
        return fromJson(ContractsRc.read(file), file.toString());
    }

    /** @throws ConfigException naming {@code fileName} and the key of the first problem */
    public static DiffConfig parse(String json, String fileName) {
        return fromJson(ContractsRc.parse(json, fileName), fileName);
    }

    public static DiffConfig fromJson(JsonNode document, String fileName) {
        return new DiffConfig(SeverityOverrides.read(document, SECTION, fileName));
    }

    public static Builder builder() {
        return new Builder();
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

    /** Overrides set in code, e.g. by a build plugin's configuration. */
    public static final class Builder {
        private final Map<String, Optional<Severity>> values = new TreeMap<>();
        private String origin = "(configured in code)";

        private Builder() {}

        public Builder severity(String ruleId, Severity severity) {
            values.put(ruleId, Optional.of(severity));
            return this;
        }

        public Builder off(String ruleId) {
            values.put(ruleId, Optional.empty());
            return this;
        }

        /** Where the values come from, named in error messages (e.g. a pom.xml). */
        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public DiffConfig build() {
            return new DiffConfig(SeverityOverrides.of(origin, values));
        }
    }
}
