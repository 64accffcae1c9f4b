package io.contractspec.build.ci;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.load.LoadedContracts;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one {@code ci} run needs. The baseline is a snapshot file or a git ref (empty: no
 * breaking-change stage); the executor factory, a class on the contracts' classpath, lets the
 * acceptance stage run the examples for real, as a signed-in user with the given roles.
 */
@Internal
public record CiRequest(LoadedContracts contracts, ProjectConfig config, Path projectRoot, GenerateSettings generate,
        Optional<String> baseline, String snapshotFile, boolean drift, boolean failOnWarnings,
        Optional<String> executorFactory, List<String> roles) {

    /** Where the committed snapshot lives, relative to the project root, unless told otherwise. */
    public static final String DEFAULT_SNAPSHOT_FILE = "contracts.lock.json";

    public CiRequest {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(generate, "generate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(executorFactory, "executorFactory");
        roles = List.copyOf(roles);
    }
}
