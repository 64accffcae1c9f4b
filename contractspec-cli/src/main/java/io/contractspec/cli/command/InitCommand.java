package io.contractspec.cli.command;

import io.contractspec.cli.scaffold.JavaNames;
import io.contractspec.cli.scaffold.ProjectScaffold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec init}: {@code .contractsrc.json} and a sample contract module. */
@Command(name = "init", description = "Create .contractsrc.json and a sample contract module; never overwrites a file.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>", defaultValue = ".", description = "The project folder (default: the current folder).")
    Path out;

    @Option(names = "--module", paramLabel = "<name>", defaultValue = "contracts", description = "The sample module's folder (default: ${DEFAULT-VALUE}).")
    String module;

    @Option(names = "--package", paramLabel = "<package>", defaultValue = "com.example.contracts", description = "The sample's Java package (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Option(names = "--owner", paramLabel = "<@team>", defaultValue = "@example.team", description = "The owner of the sample specs (default: ${DEFAULT-VALUE}).")
    String owner;

    @Override
    public Integer call() {
        if (!JavaNames.isPackageName(packageName)) {
            throw new UsageException("--package: '" + packageName + "' is not a Java package name");
        }
        Map<String, String> files = ProjectScaffold.files(module, packageName, owner);
        for (String path : files.keySet()) {
            if (Files.exists(out.resolve(path))) {
                throw new UsageException(out.resolve(path) + " already exists; init never overwrites a file");
            }
        }
        files.forEach((path, content) -> Output.write(out.resolve(path), content.getBytes(StandardCharsets.UTF_8)));
        files.keySet().forEach(path -> command.commandLine().getOut().println("created " + out.resolve(path).normalize()));
        command.commandLine().getOut().println("next: mvn -f " + out.resolve(module).normalize() + "/pom.xml package, then "
                + "contractspec list --classpath " + out.resolve(module).normalize() + "/target/classes");
        return 0;
    }
}
