package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.generate.ArtifactGenerator;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.graphql.GraphQlSchemas;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code contractspec graphql export}: the GraphQL schema (SDL) the GraphQL surface serves. */
@Command(name = "graphql", mixinStandardHelpOptions = true, description = "GraphQL schemas.", subcommands = GraphQlCommand.Export.class)
@Internal
public final class GraphQlCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: export");
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the GraphQL schema (SDL) of the operations and events.")
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
            String sdl;
            try (LoadedContracts loaded = contracts.load(project)) {
                sdl = GraphQlSchemas.sdl(ArtifactGenerator.canonical(loaded.registry()));
            }
            Output.text(sdl, out, command.commandLine().getOut());
            if (out != null) {
                command.commandLine().getOut().println("wrote " + ProjectOptions.shown(out));
            }
            return 0;
        }
    }
}
