package io.contractspec.governance.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.ConfigException;
import io.contractspec.governance.RuleSeverities;
import io.contractspec.governance.internal.ContractsRc;
import io.contractspec.governance.internal.SeverityOverrides;
import java.nio.file.Path;

/**
 * Severity overrides for lint rules, from the {@code "lint"} section of {@code .contractsrc.json}:
 *
 * <pre>{@code
 * { "lint": { "rules": { "OperationWithoutExamples": "warning", "EventKeyNotPastTense": "off" } } }
 * }</pre>
 *
 * Values are {@code note}, {@code warning}, {@code danger}, {@code error} or {@code off}. Other
 * top-level sections belong to other tools and are ignored here. Rule ids are checked against the
 * rules a {@link Linter} has when it runs, since user rules are only known then.
 */
@PublicApi
public final class LintConfig extends RuleSeverities {

    /** The section of {@code .contractsrc.json} this reads. */
    public static final String SECTION = "lint";

    public static final LintConfig DEFAULTS = new LintConfig(SeverityOverrides.none());

    private LintConfig(SeverityOverrides overrides) {
        super(overrides);
    }

    /** @throws ConfigException naming the file and the key of the first problem */
    public static LintConfig load(Path file) {
        return fromJson(ContractsRc.read(file), file.toString());
    }

    /** @throws ConfigException naming {@code fileName} and the key of the first problem */
    public static LintConfig parse(String json, String fileName) {
        return fromJson(ContractsRc.parse(json, fileName), fileName);
    }

    public static LintConfig fromJson(JsonNode document, String fileName) {
        return new LintConfig(SeverityOverrides.read(document, SECTION, fileName));
    }

    public static RuleSeverities.Builder<LintConfig> builder() {
        return builderOf(LintConfig::new);
    }
}
