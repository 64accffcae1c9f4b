package io.contractspec.maven;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.generate.GeneratedFolder;
import io.contractspec.build.load.LoadedContracts;
import java.io.File;
import java.nio.file.Path;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates the artifacts of {@code .contractsrc.json} (docs, site, OpenAPI, JSON Schema) into the
 * generated folder, as {@code contractspec generate} does. Not bound by default in builds that
 * check drift: run {@code mvn contractspec:generate} after changing contracts and commit the result.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Internal
public final class GenerateMojo extends ContractsMojo {

    /** The output folder; by default {@code generate.outputDir} of the configuration, in the module folder. */
    @Parameter(property = "contractspec.outputDir")
    File outputDir;

    @Override
    void run() throws MojoExecutionException {
        ProjectConfig config = config();
        GenerateSettings settings = GenerateSettings.of(config, projectRoot());
        SortedMap<String, byte[]> files;
        try (LoadedContracts contracts = contracts()) {
            files = ArtifactGenerator.of(settings).generate(contracts.registry());
        }
        Path folder = outputDir != null ? outputDir.toPath() : projectRoot().resolve(config.outputDir());
        GeneratedFolder.Result result = GeneratedFolder.replace(folder, files, settings.artifacts());
        getLog().info("contractspec: " + files.size() + " files in " + folder + " (" + result.written() + " written, "
                + result.unchanged() + " unchanged, " + result.removed() + " removed)");
    }
}
