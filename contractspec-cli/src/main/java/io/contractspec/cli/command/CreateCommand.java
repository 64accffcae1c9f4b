package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.scaffold.JavaNames;
import io.contractspec.cli.scaffold.SpecScaffolds;
import io.contractspec.core.spec.OperationKind;
import io.contractspec.core.spec.SpecRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import io.contractspec.build.config.ProjectConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contractspec create operation|event|feature <key>}: a Java scaffold in the contract DSL. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a Java scaffold for a new spec.",
        subcommands = {CreateCommand.Operation.class, CreateCommand.Event.class, CreateCommand.Feature.class})
@Internal
public final class CreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: operation, event or feature");
    }

    /** Options every scaffold takes. */
    abstract static class Scaffold implements Callable<Integer> {

        @Spec
        CommandSpec command;

        @Mixin
        HelpOption help;

        @Mixin
        ProjectOptions project;

        @Parameters(index = "0", paramLabel = "<key>", description = "The spec key, e.g. workflow.instance.resume.")
        String key;

        @Option(names = "--version", paramLabel = "<semver>", defaultValue = "1.0.0", description = "The version (default: ${DEFAULT-VALUE}).")
        String version;

        @Option(names = "--owner", paramLabel = "<@team>", defaultValue = "@example.team", description = "The owner (default: ${DEFAULT-VALUE}).")
        String owner;

        @Option(names = "--package", paramLabel = "<package>",
                description = "The Java package of the new class (default: create.package of .contractsrc.json).")
        String packageName;

        @Option(names = {"-o", "--out"}, paramLabel = "<folder>",
                description = "The source root the package folder is created in (default: create.sourceRoot of .contractsrc.json, else src/main/java).")
        Path sourceRoot;

        @Override
        public Integer call() {
            try {
                SpecRef.of(key, version);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            ProjectConfig config = project.config();
            if (packageName == null) {
                packageName = config.createPackage().orElseThrow(() -> new UsageException(
                        "--package is required outside a project (inside one, create.package of .contractsrc.json is the default)"));
            }
            if (sourceRoot == null) {
                sourceRoot = config.sourceRoot().map(project.root()::resolve).orElse(Path.of("src", "main", "java"));
            }
            if (!JavaNames.isPackageName(packageName)) {
                throw new UsageException("--package: '" + packageName + "' is not a Java package name");
            }
            String className = JavaNames.className(key) + suffix();
            Path file = sourceRoot.resolve(packageName.replace('.', '/')).resolve(className + ".java");
            if (Files.exists(file)) {
                throw new UsageException(file + " already exists; create never overwrites a file");
            }
            Output.write(file, source(className).getBytes(StandardCharsets.UTF_8));
            command.commandLine().getOut().println("created " + ProjectOptions.shown(file) + "; add " + className + "."
                    + JavaNames.constant(key) + " to the specs() of your ContractModule");
            return 0;
        }

        abstract String suffix();

        abstract String source(String className);
    }

    @Command(name = "operation", description = "A command or query with input, output, policy, a scenario and an example.")
    static final class Operation extends Scaffold {

        @Option(names = "--kind", paramLabel = "<kind>", defaultValue = "command", description = "command or query (default: ${DEFAULT-VALUE}).")
        String kind;

        @Override
        String suffix() {
            return "Operation";
        }

        @Override
        String source(String className) {
            String dsl = Usage.choice("--kind", kind, OperationKind.class).name().toLowerCase(Locale.ROOT);
            return SpecScaffolds.operation(packageName, className, key, version, dsl, owner);
        }
    }

    @Command(name = "event", description = "An event with its payload model.")
    static final class Event extends Scaffold {
        @Override
        String suffix() {
            return "Event";
        }

        @Override
        String source(String className) {
            return SpecScaffolds.event(packageName, className, key, version, owner);
        }
    }

    @Command(name = "feature", description = "A feature grouping operations and events.")
    static final class Feature extends Scaffold {
        @Override
        String suffix() {
            return "Feature";
        }

        @Override
        String source(String className) {
            return SpecScaffolds.feature(packageName, className, key, version, owner);
        }
    }
}
