package io.contractspec.cli.generate;

import io.contractspec.cli.config.ProjectConfig;
import io.contractspec.docs.SourceResolver;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ArtifactGenerator} needs: the artifacts, the docs' source resolver (sources are found
 * below the project root, so docs name files relative to it), the titles, and the REST base path
 * the docs show routes under.
 */
public record GenerateSettings(Set<Artifact> artifacts, SourceResolver sourceResolver, Optional<String> siteTitle,
        String openApiTitle, String openApiVersion, String restBasePath) {

    public GenerateSettings {
        artifacts = Set.copyOf(artifacts);
        Objects.requireNonNull(sourceResolver, "sourceResolver");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(openApiTitle, "openApiTitle");
        Objects.requireNonNull(openApiVersion, "openApiVersion");
        Objects.requireNonNull(restBasePath, "restBasePath");
    }

    /** The settings of {@code .contractsrc.json}, with sources discovered below the project root. */
    public static GenerateSettings of(ProjectConfig config, Path projectRoot) {
        return new GenerateSettings(config.artifacts(), SourceResolver.discover(projectRoot), config.siteTitle(),
                config.openApiTitle(), config.openApiVersion(), config.restBasePath());
    }

    public GenerateSettings withArtifacts(Set<Artifact> selected) {
        return new GenerateSettings(selected, sourceResolver, siteTitle, openApiTitle, openApiVersion, restBasePath);
    }
}
