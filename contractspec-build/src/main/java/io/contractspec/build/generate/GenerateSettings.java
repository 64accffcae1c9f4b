package io.contractspec.build.generate;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.codegen.asyncapi.AsyncApiOptions;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import io.contractspec.docs.SourceResolver;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ArtifactGenerator} needs: the artifacts, the docs' source resolver (sources are found
 * below the project root, so docs name files relative to it), the site title, the options of the
 * OpenAPI document, the AsyncAPI document and the TypeScript client, and the REST base path the
 * docs show routes under.
 */
@Internal
public record GenerateSettings(Set<Artifact> artifacts, SourceResolver sourceResolver, Optional<String> siteTitle,
        OpenApiOptions openApi, AsyncApiOptions asyncApi, TypeScriptOptions typescript, String restBasePath) {

    public GenerateSettings {
        artifacts = Set.copyOf(artifacts);
        Objects.requireNonNull(sourceResolver, "sourceResolver");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(openApi, "openApi");
        Objects.requireNonNull(asyncApi, "asyncApi");
        Objects.requireNonNull(typescript, "typescript");
        Objects.requireNonNull(restBasePath, "restBasePath");
    }

    /** The settings of {@code .contractsrc.json}, with sources discovered below the project root. */
    public static GenerateSettings of(ProjectConfig config, Path projectRoot) {
        return new GenerateSettings(config.artifacts(), SourceResolver.discover(projectRoot), config.siteTitle(),
                config.openApiOptions(), config.asyncApiOptions(), config.typeScriptOptions(), config.restBasePath());
    }

    public GenerateSettings withArtifacts(Set<Artifact> selected) {
        return new GenerateSettings(selected, sourceResolver, siteTitle, openApi, asyncApi, typescript, restBasePath);
    }
}
