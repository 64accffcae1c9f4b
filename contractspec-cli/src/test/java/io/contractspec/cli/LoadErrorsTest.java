package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every usage and load error exits with 2 and one clear line on standard error, never a stack trace. */
class LoadErrorsTest {

    @TempDir
    Path temp;

    @Test
    void missingClasspathEntryIsAUsageError() {
        CliRun run = CliRun.of("list", "--classpath", temp.resolve("nope.jar").toString());
        assertUsageError(run, "classpath entry '" + temp.resolve("nope.jar") + "' does not exist");
    }

    @Test
    void classpathWithoutContractModuleIsAUsageError() {
        CliRun run = CliRun.of("list", "--classpath", temp.toString());
        assertUsageError(run, "no ContractModule found on the classpath " + temp);
        assertThat(run.err()).contains("META-INF/services/io.contractspec.core.registry.ContractModule");
    }

    @Test
    void missingSnapshotIsAUsageError() {
        CliRun run = CliRun.of("list", "--snapshot", temp.resolve("contracts.lock.json").toString());
        assertUsageError(run, "does not exist or is not a file");
    }

    @Test
    void invalidSnapshotNamesTheJsonPath() throws IOException {
        Path snapshot = Files.writeString(temp.resolve("bad.json"), "{\"snapshotVersion\": 1, \"operations\": [{\"key\": 3}]}");
        CliRun run = CliRun.of("snapshot", "--snapshot", snapshot.toString());
        assertUsageError(run, "is not valid at operations[0]");
    }

    @Test
    void malformedSnapshotIsAUsageError() throws IOException {
        Path snapshot = Files.writeString(temp.resolve("broken.json"), "{ not json");
        CliRun run = CliRun.of("list", "--snapshot", snapshot.toString());
        assertUsageError(run, "snapshot '" + snapshot + "' is not valid");
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        CliRun run = CliRun.of("lst");
        assertUsageError(run, "Unmatched argument at index 0: 'lst'");
        assertThat(run.err()).contains("Did you mean: contractspec list?");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertUsageError(CliRun.of("list", "--snapshot", "x.json", "--colour"), "Unknown option: '--colour'");
    }

    @Test
    void contractsMustComeFromExactlyOneSource() {
        assertUsageError(CliRun.of("list", "--project-root", temp.toString()), "no contracts to load: give --classpath");
        assertUsageError(CliRun.of("list", "--snapshot", "a.json", "--classpath", FIXTURE_CLASSPATH), "mutually exclusive");
    }

    @Test
    void badOptionValueIsAUsageError() {
        assertUsageError(CliRun.of("list", "--classpath", FIXTURE_CLASSPATH, "--type", "widget"),
                "--type: 'widget' is not one of operation, event, feature, capability");
    }

    @Test
    void malformedConfigurationIsAUsageError() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"artifacts\": [\"pdf\"]}}");
        CliRun run = CliRun.of("generate", "--classpath", FIXTURE_CLASSPATH, "--project-root", temp.toString());
        assertUsageError(run, "generate.artifacts: expected artifact names among [docs, site, openapi, json-schema, graphql, asyncapi, typescript-client], not 'pdf'");
    }

    static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).startsWith("contractspec: ").contains(message);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
