package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.JsonText;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec openapi export}: the OpenAPI 3.1 document of the operations;
 * {@code contractspec openapi diff}: how an OpenAPI document differs from the contracts.
 */
@Command(name = "openapi", mixinStandardHelpOptions = true, description = "OpenAPI documents.",
        subcommands = {OpenApiCommand.Export.class, OpenApiDiffCommand.class})
@Internal
public final class OpenApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: export or diff");
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the OpenAPI 3.1 document of the operations.")
    static final class Export implements Callable<Integer> {

        @Mixin
        ContractsOptions contracts;

        @Mixin
        ProjectOptions project;

        @Spec
        CommandSpec command;

        @Option(names = "--title", paramLabel = "<title>", description = "info.title (default: generate.openapi.title of .contractsrc.json).")
        String title;

        @Option(names = "--api-version", paramLabel = "<version>", description = "info.version (default: generate.openapi.version of .contractsrc.json).")
        String version;

        @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
        Path out;

        @Option(names = "--all-specs", description = "Also list the events, features and capabilities (x-contractspec-events,"
                + " -features, -capabilities), so that 'import openapi' gives them back (types only event payloads use"
                + " become components no path uses).")
        boolean allSpecs;

        @Override
        public Integer call() {
            ProjectConfig config = project.config();
            String document;
            try (LoadedContracts loaded = contracts.load(project)) {
                OpenApiOptions.Builder options = config.openApiOptions().toBuilder();
                if (title != null) {
                    options.title(title);
                }
                if (version != null) {
                    options.version(version);
                }
                if (allSpecs) {
                    options.allSpecs(true);
                }
                document = JsonText.pretty(OpenApiExporter.export(ArtifactGenerator.canonical(loaded.registry()), options.build()));
            }
            Output.text(document, out, command.commandLine().getOut());
            if (out != null) {
                command.commandLine().getOut().println("wrote " + ProjectOptions.shown(out));
            }
            return 0;
        }
    }
}
