package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.auth.SecretSource;
import io.contractspec.build.config.ProjectConfig;
import io.contractspec.cli.scaffold.JavaNames;
import io.contractspec.cli.scaffold.ProjectScaffold;
import io.contractspec.cli.scaffold.ScaffoldSnapshot;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contractspec init [<folder>]}: a project that builds, tests, serves and passes {@code ci} at
 * once. In an existing Maven project it adds the contract module beside the others and touches no
 * existing file (it says which line to add to the parent POM).
 */
@Command(mixinStandardHelpOptions = true, name = "init", description = {
        "Create a contract project: .contractsrc.json, a contract module (a sample contract, its typed handler and an acceptance test),"
                + " the committed snapshot contracts.lock.json, a README and a development JWT secret.",
        "Never overwrites a file; inside an existing Maven project it adds the module without touching other files."})
@Internal
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<folder>", defaultValue = ".",
            description = "The project folder, created if missing (default: the current folder).")
    Path folder;

    @Option(names = "--module", paramLabel = "<name>", defaultValue = "contracts", description = "The contract module's folder and artifactId (default: ${DEFAULT-VALUE}).")
    String module;

    @Option(names = "--package", paramLabel = "<package>", defaultValue = "com.example.contracts",
            description = "The Java package (and groupId) of the module (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Option(names = "--owner", paramLabel = "<@team>", defaultValue = "@example.team", description = "The owner of the sample contract (default: ${DEFAULT-VALUE}).")
    String owner;

    @Override
    public Integer call() {
        if (!JavaNames.isPackageName(packageName)) {
            throw new UsageException("--package: '" + packageName + "' is not a Java package name");
        }
        if (!module.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UsageException("--module: '" + module + "' is not a folder name (letters, digits, '.', '_', '-')");
        }
        Path root = folder.toAbsolutePath().normalize();
        ProjectScaffold.Settings settings = new ProjectScaffold.Settings(module, packageName, owner,
                Files.exists(root.resolve("README.md")), Files.exists(root.resolve(".gitignore")));
        Map<String, String> files = ProjectScaffold.files(settings);
        refuseOverwrites(root, files);
        if (Files.exists(root.resolve(ProjectConfig.DEFAULT_SNAPSHOT))) {
            throw new UsageException(root.resolve(ProjectConfig.DEFAULT_SNAPSHOT) + " already exists; init never overwrites a file");
        }
        Optional<String> snapshot = ScaffoldSnapshot.of(ProjectScaffold.contractSources(settings), ProjectScaffold.contractsClass(settings));
        PrintWriter out = command.commandLine().getOut();
        files.forEach((path, content) -> {
            Output.write(root.resolve(path), content.getBytes(StandardCharsets.UTF_8));
            out.println("created " + ProjectOptions.shown(root.resolve(path)));
        });
        snapshot.ifPresent(text -> {
            Output.write(root.resolve(ProjectConfig.DEFAULT_SNAPSHOT), text.getBytes(StandardCharsets.UTF_8));
            out.println("created " + ProjectOptions.shown(root.resolve(ProjectConfig.DEFAULT_SNAPSHOT)) + " (the committed snapshot)");
        });
        if (SecretSource.createIfMissing(root)) {
            out.println("created " + ProjectOptions.shown(root.resolve(SecretSource.FILE)) + " (the development JWT secret; keep it out of git)");
        }
        nextSteps(out, root, snapshot.isPresent());
        return 0;
    }

    private static void refuseOverwrites(Path root, Map<String, String> files) {
        for (String path : files.keySet()) {
            if (Files.exists(root.resolve(path))) {
                throw new UsageException(root.resolve(path) + " already exists; init never overwrites a file");
            }
        }
    }

    private void nextSteps(PrintWriter out, Path root, boolean snapshotWritten) {
        if (Files.isRegularFile(root.resolve("pom.xml"))) {
            out.println("this is a Maven project: add <module>" + module + "</module> to the <modules> of "
                    + ProjectOptions.shown(root.resolve("pom.xml")) + " to build the contracts with it");
        }
        out.println();
        out.println("next:");
        Path here = Path.of("").toAbsolutePath().normalize();
        if (!root.equals(here)) {
            out.println("  cd " + ProjectOptions.shown(root));
        }
        out.println("  mvn -q -f " + module + "/pom.xml package      # compile, run the acceptance examples");
        if (!snapshotWritten) {
            out.println("  contractspec snapshot                    # this Java has no compiler, so write contracts.lock.json now");
        }
        out.println("  contractspec ci                          # lint, acceptance, breaking changes, drift");
        out.println("  contractspec serve                       # http://localhost:8080/ (docs, /openapi.json, the API)");
        out.println("  contractspec token --user alice          # a bearer token for serve, in a second terminal");
    }
}
