package io.contractspec.cli.command;

import io.contractspec.annotations.Internal;
import io.contractspec.build.ci.FindingJson;
import io.contractspec.build.generate.JsonText;
import io.contractspec.openapi.ImportOptions;
import io.contractspec.openapi.ImportResult;
import io.contractspec.openapi.OpenApiImport;
import io.contractspec.openapi.ProjectWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code contractspec import openapi}: contracts from an existing API description. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import contracts from existing API descriptions.",
        subcommands = ImportCommand.OpenApi.class)
@Internal
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec self;

    @Override
    public Integer call() {
        throw new ParameterException(self.commandLine(), "Missing required subcommand: openapi");
    }

    /**
     * Writes Java DSL sources (models, one class per tag of operations, a ContractModule and its
     * ServiceLoader entry) and {@code openapi-import-report.json} under {@code --out}; what could not
     * be carried over exactly is listed with its JSON pointer. Nothing is written when the document
     * cannot be read.
     */
    @Command(name = "openapi", mixinStandardHelpOptions = true,
            description = "Import an OpenAPI 3.0/3.1 or Swagger 2.0 document (file or URL, JSON or YAML) as Java contracts.")
    static final class OpenApi implements Callable<Integer> {

        static final String REPORT = "openapi-import-report.json";

        @Parameters(index = "0", paramLabel = "<file|url>", description = "The OpenAPI document.")
        String document;

        @Option(names = "--package", required = true, paramLabel = "<package>", description = "Java package of the sources, e.g. com.acme.petstore.")
        String javaPackage;

        @Option(names = "--out", paramLabel = "<folder>", defaultValue = "src/main",
                description = "Folder that gets java/ and resources/ (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--module", paramLabel = "<name>", description = "Name of the ContractModule (default: the package's last segment).")
        String module;

        @Spec
        CommandSpec command;

        @Override
        public Integer call() throws Exception {
            ImportOptions options;
            try {
                options = module == null ? ImportOptions.of(javaPackage) : new ImportOptions(javaPackage, module);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            ImportResult result = OpenApiImport.read(document, options);
            PrintWriter stdout = command.commandLine().getOut();
            result.diagnostics().forEach(diagnostic -> stdout.println(diagnostic.severity() + " " + diagnostic.id()
                    + " " + diagnostic.path() + ": " + diagnostic.message()));
            if (result.failed()) {
                command.commandLine().getErr().println("contractspec: nothing written; " + document + " cannot be imported");
                return 2;
            }
            List<String> written = ProjectWriter.write(result, out);
            Files.writeString(out.resolve(REPORT), JsonText.pretty(FindingJson.of(result.diagnostics())));
            stdout.println("imported " + result.operations().size() + " operations into " + written.size() + " files under "
                    + ProjectOptions.shown(out) + " (" + result.diagnostics().size() + " diagnostics in " + REPORT + ")");
            return 0;
        }
    }
}
