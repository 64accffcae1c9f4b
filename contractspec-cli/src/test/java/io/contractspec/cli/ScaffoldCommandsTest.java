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
    void initWritesAConfigAndASampleModuleThatCompiles() throws IOException {
        CliRun run = CliRun.of("init", "--out", temp.toString(), "--package", "com.acme.contracts");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(temp.resolve(".contractsrc.json")).exists();
        assertThat(temp.resolve("contracts/pom.xml")).exists();
        assertThat(temp.resolve("contracts/src/main/resources/META-INF/services/io.contractspec.core.registry.ContractModule"))
                .hasContent("com.acme.contracts.SampleContracts");
        assertCompiles(temp.resolve("contracts/src/main/java"));
    }

    @Test
    void initRefusesToOverwrite() {
        assertThat(CliRun.of("init", "--out", temp.toString()).exitCode()).isZero();
        LoadErrorsTest.assertUsageError(CliRun.of("init", "--out", temp.toString()), "already exists; init never overwrites a file");
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

    private static void assertCompiles(Path sourceRoot) throws IOException {
        List<String> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        Path classes = Files.createTempDirectory("scaffold-classes");
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"));
        boolean ok = compiler.getTask(messages, null, null, options, null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(sources)).call();
        assertThat(ok).as(messages.toString()).isTrue();
    }
}
