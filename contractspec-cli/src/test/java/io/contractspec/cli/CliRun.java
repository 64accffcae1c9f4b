package io.contractspec.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output, as a user would from a shell. */
public record CliRun(int exitCode, String out, String err) {

    /** The fixture contracts: test classes plus the folder holding their service file. */
    public static final String FIXTURE_CLASSPATH = Path.of("target", "test-classes") + File.pathSeparator
            + Path.of("src", "test", "fixture");

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ContractSpecCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
