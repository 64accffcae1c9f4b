package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.generate.GeneratedFolder;
import io.contractspec.build.load.LoadedContracts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec generate}: docs, HTML site, OpenAPI, JSON Schema, AsyncAPI and the TypeScript client into the generated folder. */
@Command(mixinStandardHelpOptions = true, name = "generate", description = "Generate the configured artifacts (docs, site, openapi, json-schema, graphql, asyncapi, typescript-client) into generated/.")
@Internal
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>",
            description = "The output folder (default: generate.outputDir of .contractsrc.json, else generated/ in the project root).")
    Path out;

    @Option(names = "--artifact", paramLabel = "<name>", split = ",",
            description = "Only these artifacts: docs, site, openapi, json-schema, asyncapi, typescript-client (default: those of .contractsrc.json, else all).")
    List<String> artifacts = new ArrayList<>();

    @Override
    public Integer call() {
        ProjectConfig config = project.config();
        GenerateSettings settings = project.generateSettings(config).withArtifacts(selected(config));
        SortedMap<String, byte[]> files;
        try (LoadedContracts loaded = contracts.load(project)) {
            files = ArtifactGenerator.of(settings).generate(loaded.registry());
        }
        Path folder = out != null ? out : project.root().resolve(config.outputDir());
        GeneratedFolder.Result result = GeneratedFolder.replace(folder, files, settings.artifacts());
        command.commandLine().getOut().printf("generated %d files into %s (%d unchanged, %d removed)%n",
                files.size(), folder, result.unchanged(), result.removed());
        return 0;
    }

    private Set<Artifact> selected(ProjectConfig config) {
        if (artifacts.isEmpty()) {
            return config.artifacts();
        }
        Set<Artifact> selected = EnumSet.noneOf(Artifact.class);
        for (String name : artifacts) {
            selected.add(Artifact.byConfigName(name).orElseThrow(() ->
                    new UsageException("--artifact: '" + name + "' is not one of " + List.of(Artifact.values()))));
        }
        return selected;
    }
}
