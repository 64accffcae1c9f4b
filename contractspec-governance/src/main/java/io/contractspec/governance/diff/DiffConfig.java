package io.contractspec.governance.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.ConfigException;
import io.contractspec.governance.RuleSeverities;
import io.contractspec.governance.internal.ContractsRc;
import io.contractspec.governance.internal.SeverityOverrides;
import java.nio.file.Path;

/**
 * Severity overrides for breaking-change rules and version-policy checks, from the
 * {@code "breakingChanges"} section of {@code .contractsrc.json}:
 *
 * <pre>{@code
 * { "breakingChanges": { "rules": { "AddedDeclaredError": "note", "AddedOperation": "off" } } }
 * }</pre>
 *
 * An override replaces the severity of the rule's level; the version policy then relaxes findings
 * as usual. Ids are checked when {@link BreakingChanges} runs, since user rules are only known then.
 */
@PublicApi
public final class DiffConfig extends RuleSeverities {

    /** The section of {@code .contractsrc.json} this reads. */
    public static final String SECTION = "breakingChanges";

    public static final DiffConfig DEFAULTS = new DiffConfig(SeverityOverrides.none());

    private DiffConfig(SeverityOverrides overrides) {
        super(overrides);
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

    public static RuleSeverities.Builder<DiffConfig> builder() {
        return builderOf(DiffConfig::new);
    }
}
