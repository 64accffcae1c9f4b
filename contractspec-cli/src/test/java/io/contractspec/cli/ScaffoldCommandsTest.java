package io.contractspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} and {@code create}: the scaffolds compile, and no file is ever overwritten. */
class ScaffoldCommandsTest {

    @TempDir
    Path temp;

    @Test
    void initMakesAProjectWhoseCommandsNeedNoArguments() throws IOException {
        CliRun run = CliRun.of("init", temp.toString(), "--package", "com.acme.contracts");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("created").contains("contracts.lock.json (the committed snapshot)")
                .contains("mvn -q -f contracts/pom.xml package").contains("contractspec ci");
        assertThat(temp.resolve("contracts/src/main/resources/META-INF/services/io.contractspec.core.registry.ContractModule"))
                .hasContent("com.acme.contracts.SampleContracts");
        assertThat(temp.resolve("contracts/src/main/resources/META-INF/services/io.contractspec.runtime.HandlerModule"))
                .hasContent("com.acme.contracts.SampleHandlers");
        assertThat(Files.readString(temp.resolve("contracts/pom.xml")))
                .contains("<artifactId>maven-compiler-plugin</artifactId>").contains("<artifactId>maven-surefire-plugin</artifactId>")
                .doesNotContain("${project.version}");
        assertThat(temp.resolve("README.md")).exists();
        assertThat(temp.resolve(".contractspec/jwt-secret")).exists();
        String root = temp.toString();
        CliRun unbuilt = CliRun.of("ci", "--project-root", root);
        LoadErrorsTest.assertUsageError(unbuilt, "does not exist yet");
        assertThat(unbuilt.err()).contains("build it first with 'mvn -q -f " + temp.resolve("contracts/pom.xml") + " package'");
        buildLikeMaven(temp.resolve("contracts"));

        CliRun ci = CliRun.of("ci", "--project-root", root);
        assertThat(ci.exitCode()).as(ci.toString()).isZero();
        assertThat(ci.out()).contains("run through the project's handler modules").contains("against contracts.lock.json");
        CliRun list = CliRun.of("list", "--project-root", root);
        assertThat(list.out()).contains("sample.item.get@1.0.0");
        CliRun snapshot = CliRun.of("snapshot", "--project-root", root);
        assertThat(snapshot.out()).startsWith("wrote ").contains("contracts.lock.json (1 specs)");
        CliRun diff = CliRun.of("diff", "--project-root", root);
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("diff: ");
        CliRun docs = CliRun.of("docs", "--project-root", root);
        assertThat(docs.out()).startsWith("wrote ").contains("generated/docs");
        assertThat(temp.resolve("generated/docs")).isNotEmptyDirectory();
        CliRun doctor = CliRun.of("doctor", "--project-root", root);
        assertThat(doctor.out()).as(doctor.toString()).contains("1 specs load").contains("1 specs in contracts.lock.json");
        CliRun create = CliRun.of("create", "operation", "sample.item.delete", "--project-root", root);
        assertThat(create.exitCode()).as(create.toString()).isZero();
        assertThat(temp.resolve("contracts/src/main/java/com/acme/contracts/SampleItemDeleteOperation.java")).exists();
        assertThat(create.out()).contains("add SampleItemDeleteOperation.DELETE to the specs() of your ContractModule");
    }

    @Test
    void initAddsAModuleToAnExistingMavenProjectWithoutTouchingItsFiles() throws IOException {
        Files.writeString(temp.resolve("pom.xml"), "<project/>");
        Files.writeString(temp.resolve("README.md"), "# Ours");
        Files.writeString(temp.resolve(".gitignore"), "target/");
        CliRun run = CliRun.of("init", temp.toString(), "--module", "api-contracts");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(temp.resolve("pom.xml")).hasContent("<project/>");
        assertThat(temp.resolve("README.md")).hasContent("# Ours");
        assertThat(temp.resolve(".gitignore")).hasContent("target/");
        assertThat(temp.resolve("api-contracts/README.md")).exists();
        assertThat(run.out()).contains("add <module>api-contracts</module> to the <modules> of");
    }

    @Test
    void initRefusesToOverwrite() {
        assertThat(CliRun.of("init", temp.toString()).exitCode()).isZero();
        LoadErrorsTest.assertUsageError(CliRun.of("init", temp.toString()), "already exists; init never overwrites a file");
    }

    @Test
    void createOutsideAProjectNeedsAPackage() {
        LoadErrorsTest.assertUsageError(CliRun.of("create", "event", "a.b.done", "--project-root", temp.toString()),
                "--package is required outside a project");
    }

    @Test
    void createWritesOperationEventAndFeatureScaffoldsThatCompile() throws IOException {
        String out = temp.toString();
        assertThat(CliRun.of("create", "operation", "billing.invoice.send", "--kind", "command", "--version", "2.0.0",
                "--package", "com.acme.billing", "--owner", "@acme.billing", "--out", out).exitCode()).isZero();
        assertThat(CliRun.of("create", "operation", "billing.invoice.get", "--kind", "query", "--package", "com.acme.billing",
                "--out", out).exitCode()).isZero();
        assertThat(CliRun.of("create", "event", "billing.invoice.sent", "--package", "com.acme.billing", "--out", out).exitCode()).isZero();
        assertThat(CliRun.of("create", "feature", "billing", "--package", "com.acme.billing", "--out", out).exitCode()).isZero();
        Path operation = temp.resolve("com/acme/billing/BillingInvoiceSendOperation.java");
        assertThat(Files.readString(operation)).contains("command(\"billing.invoice.send\", \"2.0.0\")").contains("@acme.billing");
        assertThat(temp.resolve("com/acme/billing/BillingInvoiceSentEvent.java")).exists();
        assertThat(temp.resolve("com/acme/billing/BillingFeature.java")).exists();
        assertCompiles(temp);
    }

    @Test
    void createRefusesToOverwriteAndRejectsBadKeys() {
        String out = temp.toString();
        assertThat(CliRun.of("create", "event", "a.b.done", "--package", "p", "--out", out).exitCode()).isZero();
        LoadErrorsTest.assertUsageError(CliRun.of("create", "event", "a.b.done", "--package", "p", "--out", out), "already exists");
        LoadErrorsTest.assertUsageError(CliRun.of("create", "event", "Not A Key", "--package", "p", "--out", out), "key");
        LoadErrorsTest.assertUsageError(CliRun.of("create", "operation", "a.b.c", "--kind", "job", "--package", "p", "--out", out),
                "--kind: 'job' is not one of command, query");
        LoadErrorsTest.assertUsageError(CliRun.of("create"), "Missing required subcommand");
    }

    /** What 'mvn package' does to the module, minus Maven: compile main and test sources, copy resources. */
    private static void buildLikeMaven(Path module) throws IOException {
        Path classes = module.resolve("target/classes");
        compile(module.resolve("src/main/java"), classes, System.getProperty("java.class.path"));
        compile(module.resolve("src/test/java"), Files.createTempDirectory("test-classes"),
                System.getProperty("java.class.path") + java.io.File.pathSeparator + classes);
        Path resources = module.resolve("src/main/resources");
        try (Stream<Path> walk = Files.walk(resources)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    private static void assertCompiles(Path sourceRoot) throws IOException {
        compile(sourceRoot, Files.createTempDirectory("scaffold-classes"), System.getProperty("java.class.path"));
    }

    private static void compile(Path sourceRoot, Path classes, String classpath) throws IOException {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> options = List.of("-g", "-d", classes.toString(), "-classpath", classpath);
        boolean ok = compiler.getTask(messages, null, null, options, null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(sources)).call();
        assertThat(ok).as(messages.toString()).isTrue();
    }
}
