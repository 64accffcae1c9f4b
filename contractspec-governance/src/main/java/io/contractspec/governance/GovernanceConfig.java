package io.contractspec.governance;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.DiffConfig;
import io.contractspec.governance.internal.ContractsRc;
import io.contractspec.governance.lint.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Both governance sections of a project's {@code .contractsrc.json}, read in one go: severity
 * overrides for lint rules ({@code "lint"}) and for breaking-change rules and version-policy checks
 * ({@code "breakingChanges"}).
 *
 * <pre>{@code
 * GovernanceConfig config = GovernanceConfig.find(projectDir);   // defaults when there is no file
 * Linter.standard().lint(registry, config.lint());
 * BreakingChanges.standard().compare(baseline, registry, config.breakingChanges());
 * }</pre>
 */
@PublicApi
public record GovernanceConfig(LintConfig lint, DiffConfig breakingChanges) {

    /** The file's conventional name, in the project root. */
    public static final String FILE_NAME = ContractsRc.FILE_NAME;

    public static final GovernanceConfig DEFAULTS = new GovernanceConfig(LintConfig.DEFAULTS, DiffConfig.DEFAULTS);

    public GovernanceConfig {
        Objects.requireNonNull(lint, "lint");
        Objects.requireNonNull(breakingChanges, "breakingChanges");
    }

    /** @throws ConfigException naming the file and the key of the first problem, or a missing file */
    public static GovernanceConfig load(Path file) {
        return fromJson(ContractsRc.read(file), file.toString());
    }

    /** @throws ConfigException naming {@code fileName} and the key of the first problem */
    public static GovernanceConfig parse(String json, String fileName) {
        return fromJson(ContractsRc.parse(json, fileName), fileName);
    }

    /** The {@value #FILE_NAME} in the directory, or the defaults when there is none. */
    public static GovernanceConfig find(Path projectDirectory) {
        Path file = projectDirectory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file) : DEFAULTS;
    }

    private static GovernanceConfig fromJson(JsonNode document, String fileName) {
        return new GovernanceConfig(LintConfig.fromJson(document, fileName), DiffConfig.fromJson(document, fileName));
    }
}
