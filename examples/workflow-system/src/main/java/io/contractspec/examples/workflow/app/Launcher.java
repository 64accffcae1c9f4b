package io.contractspec.examples.workflow.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Parses the command line and runs it: what {@code main} does, minus the process. Tests call it
 * in-process with their own environment and writers.
 */
public final class Launcher {

    /** The exit code and, when the server was started, the running application (the caller closes it). */
    public record Launch(int exitCode, Optional<WorkflowApplication> application) {}

    private Launcher() {}

    public static Launch launch(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(environment, "environment");
        ServeCommand serve = new ServeCommand(environment);
        CommandLine commandLine = new CommandLine(serve)
                .addSubcommand(new TokenCommand(environment))
                .addSubcommand(new SnapshotCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, failed, parseResult) -> {
                    failed.getErr().println(failed.getCommandName() + ": " + describe(e));
                    failed.getErr().flush();
                    return failed.getCommandSpec().exitCodeOnExecutionException();
                });
        int exitCode = commandLine.execute(args);
        return new Launch(exitCode, exitCode == 0 ? serve.started() : Optional.empty());
    }

    /** The failure's message and its causes', without a stack trace. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
