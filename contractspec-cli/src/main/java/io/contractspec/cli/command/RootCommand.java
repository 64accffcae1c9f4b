package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.ToolVersion;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code contractspec}: the root command; it only groups the subcommands. */
@Command(name = "contractspec", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Contracts once, every surface derived: list, lint, snapshot, diff, generate, import and check contracts.",
        footer = {"", "Exit codes: 0 pass, 1 findings, 2 usage or load error."},
        // One line per command; every command answers -h/--help (RootCommandHelpTest walks them all).
        subcommands = {
                InitCommand.class,
                CreateCommand.class,
                ListCommand.class,
                ValidateCommand.class,
                SnapshotCommand.class,
                DiffCommand.class,
                GenerateCommand.class,
                DocsCommand.class,
                OpenApiCommand.class,
                ImportCommand.class,
                GraphQlCommand.class,
                CiCommand.class,
                ServeCommand.class,
                McpCommand.class,
                ClientCommand.class,
                AsyncApiCommand.class,
                TokenCommand.class,
                DoctorCommand.class,
                RulesCommand.class,
                AutoComplete.GenerateCompletion.class,
                HelpCommand.class,
        })
@Internal
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    /** Set before any logger exists (see {@link io.contractspec.cli.ContractSpecCli#main}); declared here for the help. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what the libraries do (server start, requests' failures) on standard error; quiet by default.")
    boolean verbose;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand");
    }

    /** The version line of {@code --version}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"contractspec " + ToolVersion.current()};
        }
    }
}
