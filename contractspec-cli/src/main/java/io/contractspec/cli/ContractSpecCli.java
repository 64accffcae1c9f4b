package io.contractspec.cli;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.command.RootCommand;
import io.contractspec.cli.command.UsageException;
import io.contractspec.build.load.LoadException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code contractspec} command. Exit codes: 0 pass, 1 findings, 2 usage or load error. Usage
 * and load errors are one line on standard error ({@code contractspec: ...}), never a stack trace.
 *
 * <pre>{@code
 * int exit = ContractSpecCli.commandLine().execute("ci", "--snapshot", "contracts.lock.json");
 * }</pre>
 */
@Internal
public final class ContractSpecCli {

    public static final int PASS = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private ContractSpecCli() {}

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(commandLine().execute(args));
    }

    /**
     * One logging provider (slf4j-simple) for the tool and the libraries it runs, quiet (warnings and
     * errors) unless {@code -v}/{@code --verbose} is given; set before the first logger is created.
     */
    static void configureLogging(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return;
            }
            if (arg.equals("-v") || arg.equals("--verbose")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
                System.setProperty("org.slf4j.simpleLogger.log.io.contractspec", "debug");
                return;
            }
        }
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setParameterExceptionHandler(ContractSpecCli::usageError);
        commandLine.setExecutionExceptionHandler((error, line, parseResult) -> executionError(error, line));
        shareVersion(commandLine, new RootCommand.Version());
        return commandLine;
    }

    /** {@code -V} prints the tool's version on every command that has it, not an empty line. */
    private static void shareVersion(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> shareVersion(sub, version));
    }

    private static int usageError(ParameterException error, String[] args) {
        PrintWriter err = error.getCommandLine().getErr();
        err.println("contractspec: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    private static int executionError(Exception error, CommandLine line) {
        PrintWriter err = line.getErr();
        if (error instanceof LoadException || error instanceof UsageException) {
            err.println("contractspec: " + error.getMessage());
            return USAGE;
        }
        err.println("contractspec: internal error: " + error);
        error.printStackTrace(err);
        return USAGE;
    }
}
