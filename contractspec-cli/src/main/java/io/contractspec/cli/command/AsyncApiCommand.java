package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.generate.JsonText;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.codegen.asyncapi.AsyncApiExporter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code contractspec asyncapi export}: the AsyncAPI 3.0 document of the events. */
@Command(mixinStandardHelpOptions = true, name = "asyncapi", description = "AsyncAPI documents.", subcommands = AsyncApiCommand.Export.class)
@Internal
public final class AsyncApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: export");
    }

    @Command(mixinStandardHelpOptions = true, name = "export", description = "Export the AsyncAPI 3.0 document of the events.")
    static final class Export implements Callable<Integer> {

        @Mixin
        ContractsOptions contracts;

        @Mixin
        ProjectOptions project;

        @Spec
        CommandSpec command;

        @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "The file to write (default: standard output).")
        Path out;

        @Override
        public Integer call() {
            ProjectConfig config = project.config();
            String document;
            try (LoadedContracts loaded = contracts.load(project)) {
                document = JsonText.pretty(AsyncApiExporter.export(ArtifactGenerator.canonical(loaded.registry()),
                        config.asyncApiOptions()));
            }
            Output.text(document, out, command.commandLine().getOut());
            return 0;
        }
    }
}
