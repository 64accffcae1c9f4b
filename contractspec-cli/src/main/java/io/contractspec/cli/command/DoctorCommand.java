package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.ToolVersion;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.build.load.ClasspathLoader;
import io.contractspec.build.load.LoadedContracts;
import io.contractspec.build.load.LoadException;
import io.contractspec.build.load.SnapshotLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec doctor}: checks the environment and the project; exit 1 when a check fails. */
@Command(mixinStandardHelpOptions = true, name = "doctor", description = "Check Java, git, the configuration, the classpath and the committed snapshot.")
@Internal
public final class DoctorCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = {"-cp", "--classpath"}, paramLabel = "<path>",
            description = "Also check that contracts load from this classpath (default: contracts.classpath of .contractsrc.json, if any).")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--snapshot-file", paramLabel = "<path>",
            description = "The committed snapshot to check, relative to the project root (default: contracts.snapshot of .contractsrc.json, else contracts.lock.json).")
    String snapshotFile;

    private int failures;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        out.println("contractspec " + ToolVersion.current());
        check(out, "java", () -> {
            int feature = Runtime.version().feature();
            if (feature < 17) {
                throw new LoadException("Java " + Runtime.version() + "; ContractSpec needs 17 or later");
            }
            return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
        });
        check(out, "git", DoctorCommand::git);
        check(out, "config", () -> {
            ProjectConfig config = project.config();
            return config.file() + ", artifacts " + config.artifacts() + " into " + config.outputDir() + "/";
        });
        List<String> entries = classpath;
        if (entries.isEmpty()) {
            try {
                entries = project.config().classpath().stream().map(entry -> project.root().resolve(entry).toString()).toList();
            } catch (RuntimeException alreadyReported) {
                entries = List.of();
            }
        }
        if (!entries.isEmpty()) {
            List<String> checked = entries;
            check(out, "classpath", () -> {
                try (LoadedContracts loaded = ClasspathLoader.load(ClasspathLoader.split(checked),
                        DoctorCommand.class.getClassLoader())) {
                    return loaded.registry().all().size() + " specs load";
                }
            });
        }
        if (snapshotFile == null) {
            try {
                snapshotFile = project.config().snapshot();
            } catch (RuntimeException alreadyReported) {
                snapshotFile = "contracts.lock.json";
            }
        }
        Path snapshot = project.root().resolve(snapshotFile);
        if (Files.isRegularFile(snapshot)) {
            check(out, "snapshot", () -> SnapshotLoader.read(snapshot).all().size() + " specs in " + snapshotFile);
        } else {
            out.println("  -    snapshot   none at " + snapshotFile + " (write one with 'contractspec snapshot"
                    + (entries.isEmpty() ? " --classpath <compiled contracts>" : "") + " --out " + snapshotFile + "')");
        }
        out.println(failures == 0 ? "all checks passed" : failures + " check(s) failed");
        return failures == 0 ? 0 : 1;
    }

    private void check(PrintWriter out, String name, Supplier<String> check) {
        try {
            out.printf("  ok   %-10s %s%n", name, check.get());
        } catch (RuntimeException e) {
            failures++;
            out.printf("  FAIL %-10s %s%n", name, e.getMessage());
        }
    }

    private static String git() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new LoadException("git --version failed: " + version);
            }
            return version + " (needed for --baseline <git ref>)";
        } catch (java.io.IOException e) {
            throw new LoadException("git is not on the PATH; --baseline <git ref> will not work");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted");
        }
    }
}
