package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.GenerateSettings;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code contractspec client typescript --out DIR}: the typed TypeScript client package. */
@Command(mixinStandardHelpOptions = true, name = "client", description = "Generated API clients.", subcommands = ClientCommand.TypeScript.class)
@Internal
public final class ClientCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: typescript");
    }

    @Command(mixinStandardHelpOptions = true, name = "typescript", description = "Write the typed TypeScript client (an ESM package without runtime dependencies).")
    static final class TypeScript implements Callable<Integer> {

        @Mixin
        ContractsOptions contracts;

        @Mixin
        ProjectOptions project;

        @Spec
        CommandSpec command;

        @Option(names = {"-o", "--out"}, paramLabel = "<folder>", required = true, description = "The folder to write the package into.")
        Path out;

        @Option(names = "--package-name", paramLabel = "<name>",
                description = "The npm package name (default: generate.typescript.packageName of .contractsrc.json, else contractspec-client).")
        String packageName;

        @Override
        public Integer call() {
            ProjectConfig config = project.config();
            GenerateSettings settings = project.generateSettings(config).withArtifacts(Set.of(Artifact.TYPESCRIPT_CLIENT));
            if (packageName != null) {
                TypeScriptOptions options;
                try {
                    options = new TypeScriptOptions(packageName, settings.typescript().packageVersion());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--package-name: " + e.getMessage());
                }
                settings = new GenerateSettings(settings.artifacts(), settings.sourceResolver(), settings.siteTitle(),
                        settings.openApi(), settings.asyncApi(), options, settings.restBasePath());
            }
            Map<String, byte[]> files = new TreeMap<>();
            try (LoadedContracts loaded = contracts.load(project)) {
                ArtifactGenerator.of(settings).generate(loaded.registry()).forEach((path, content) ->
                        files.put(path.substring(ArtifactGenerator.CLIENT_FOLDER.length()), content));
            }
            int count = Output.files(files, out);
            command.commandLine().getOut().printf("wrote %d files into %s%n", count, out);
            return 0;
        }
    }
}
