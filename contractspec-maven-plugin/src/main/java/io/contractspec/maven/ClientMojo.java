package io.contractspec.maven;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.generate.GeneratedFolder;
import io.contractspec.build.load.LoadedContracts;
import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the typed TypeScript client package (as {@code contractspec client typescript}) into a
 * folder, by default {@code target/typescript-client}; package name and version come from
 * {@code generate.typescript} of {@code .contractsrc.json}.
 */
@Mojo(name = "client", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Internal
public final class ClientMojo extends ContractsMojo {

    @Parameter(property = "contractspec.clientDir", defaultValue = "${project.build.directory}/typescript-client")
    File clientDir;

    @Override
    void run() throws MojoExecutionException {
        ProjectConfig config = config();
        GenerateSettings settings = GenerateSettings.of(config, projectRoot()).withArtifacts(Set.of(Artifact.TYPESCRIPT_CLIENT));
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (LoadedContracts contracts = contracts()) {
            ArtifactGenerator.of(settings).generate(contracts.registry()).forEach((path, content) ->
                    files.put(path.substring(ArtifactGenerator.CLIENT_FOLDER.length()), content));
        }
        Path folder = clientDir.toPath();
        GeneratedFolder.Result result = GeneratedFolder.replace(folder, files, Set.of());
        getLog().info("contractspec: TypeScript client in " + folder + " (" + result.written() + " written, "
                + result.unchanged() + " unchanged)");
    }
}
