package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec help [<command> [<subcommand>...]]}: the usage of any command, however deeply
 * nested ({@code help create operation} shows {@code create operation}'s options). Picocli's own
 * help command only looks one level down.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the usage of a command or subcommand, e.g. 'help create operation'.")
@Internal
public final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    @Parameters(paramLabel = "<command>", arity = "0..*", description = "The command and subcommand names.")
    List<String> names = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec self;

    private CommandLine parent;
    private Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.parent = helpCommandLine.getParent();
        this.colors = colorScheme;
    }

    @Override
    public Integer call() {
        CommandLine target = parent;
        for (String name : names) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(self.commandLine(), "'" + target.getCommandSpec().qualifiedName()
                        + "' has no subcommand '" + name + "'; its subcommands: " + String.join(", ", target.getSubcommands().keySet()));
            }
            target = next;
        }
        target.usage(self.commandLine().getOut(), colors);
        return 0;
    }
}
