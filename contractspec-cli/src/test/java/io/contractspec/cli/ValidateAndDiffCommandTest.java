package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.cli.ci.SnapshotEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndDiffCommandTest {

    @TempDir
    Path temp;

    private Path lock;

    @BeforeEach
    void writeTheLock() {
        lock = temp.resolve("contracts.lock.json");
        assertThat(CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", lock.toString()).exitCode()).isZero();
    }

    @Test
    void validatePassesWithWarningsAndFailsOnThemWhenAsked() {
        CliRun run = CliRun.of("validate", "-cp", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("WARNING KeyWithoutNamespace notes@1.0.0 [key]").contains("lint: 0 errors, 0 dangers, 1 warning, 0 notes");
        assertThat(CliRun.of("validate", "-cp", FIXTURE_CLASSPATH, "--fail-on-warnings").exitCode()).isEqualTo(1);
    }

    @Test
    void validateHonoursSeveritiesFromTheConfiguration() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"lint\": {\"rules\": {\"KeyWithoutNamespace\": \"error\"}}}");
        CliRun run = CliRun.of("validate", "--snapshot", lock.toString(), "--project-root", temp.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"severity\": \"error\"").contains("\"id\": \"KeyWithoutNamespace\"");
    }

    @Test
    void anUnknownRuleInTheConfigurationIsAUsageError() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"lint\": {\"rules\": {\"KeyWithoutNamespase\": \"off\"}}}");
        LoadErrorsTest.assertUsageError(CliRun.of("validate", "--snapshot", lock.toString(), "--project-root", temp.toString()),
                "lint.rules.KeyWithoutNamespase");
    }

    @Test
    void diffIsCleanForEqualContractsAndNamesBreakingChanges() throws IOException {
        CliRun same = CliRun.of("diff", lock.toString(), FIXTURE_CLASSPATH);
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.out()).isEqualTo("diff: 0 errors, 0 dangers, 0 warnings, 0 notes\n");

        Path candidate = SnapshotEdits.copy(lock, temp.resolve("candidate.json"),
                document -> SnapshotEdits.removeOperation(document, "notes.note.get"));
        CliRun breaking = CliRun.of("diff", lock.toString(), candidate.toString(), "--format", "json");
        assertThat(breaking.exitCode()).isEqualTo(1);
        JsonNode findings = JsonMapper.builder().build().readTree(breaking.out());
        assertThat(findings.findValuesAsText("id")).contains("RemovedOperation");
        assertThat(CliRun.of("diff", candidate.toString(), lock.toString()).exitCode()).as("adding an operation is safe").isZero();
    }
}
