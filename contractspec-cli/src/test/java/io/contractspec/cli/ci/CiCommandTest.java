package io.contractspec.cli.ci;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.cli.CliRun;
import io.contractspec.cli.sarif.SarifSchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contractspec ci} end to end on the fixture contracts. */
class CiCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path project;

    private Path lock;

    @BeforeEach
    void writeTheLock() {
        lock = project.resolve("contracts.lock.json");
        assertThat(CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", lock.toString()).exitCode()).isZero();
    }

    @Test
    void passesAndNamesEveryStage() {
        CliRun run = ci("-cp", FIXTURE_CLASSPATH, "--baseline", "contracts.lock.json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("lint              passed", "integrity         passed", "acceptance        passed",
                "breaking-changes  passed  against contracts.lock.json", "drift             passed", "ci passed: 0 errors");
        assertThat(run.out()).contains("WARNING KeyWithoutNamespace notes@1.0.0 [key]");
    }

    @Test
    void aCommittedSnapshotThatIsNotUtf8IsALoadErrorNotAStackTrace() throws IOException {
        Files.write(lock, new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'});

        CliRun run = ci("-cp", FIXTURE_CLASSPATH);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("contracts.lock.json").doesNotContain("Exception", "\tat ");
    }

    @Test
    void failsOnWarningsWhenAsked() {
        CliRun run = ci("-cp", FIXTURE_CLASSPATH, "--fail-on-warnings");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("lint              failed").contains("ci failed");
    }

    @Test
    void failsWithTheRuleIdsOfBreakingChanges() {
        Path candidate = SnapshotEdits.copy(lock, project.resolve("candidate.json"), document -> {
            SnapshotEdits.removeOperation(document, "notes.note.get");
            ((ObjectNode) SnapshotEdits.operation(document, "notes.note.create").get("policy")).put("auth", "admin");
        });
        CliRun run = ci("--snapshot", candidate.toString(), "--baseline", lock.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode breaking = stage(run, "breaking-changes");
        assertThat(breaking.get("status").asText()).isEqualTo("failed");
        assertThat(breaking.get("findings").findValuesAsText("id")).contains("RemovedOperation", "TightenedAuth");
    }

    @Test
    void writesSarifThatValidatesAgainstTheSchema() throws IOException {
        Path candidate = SnapshotEdits.copy(lock, project.resolve("candidate.json"),
                document -> SnapshotEdits.removeOperation(document, "notes.note.get"));
        Path sarif = project.resolve("reports/ci.sarif");
        CliRun run = ci("--snapshot", candidate.toString(), "--baseline", lock.toString(), "--format", "sarif", "--out", sarif.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ci failed; report written to " + sarif);
        JsonNode log = JSON.readTree(sarif.toFile());
        assertThat(SarifSchemaCheck.validate(log)).isEmpty();
        assertThat(log.at("/runs/0/results").findValuesAsText("ruleId")).contains("RemovedOperation");
        assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("MissingGoal", "RemovedOperation", "GeneratedFileChanged");
    }

    @Test
    void readsTheBaselineFromAGitRef() throws Exception {
        git("init", "-q");
        git("add", "contracts.lock.json");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "lock");
        SnapshotEdits.copy(lock, lock, document -> SnapshotEdits.removeOperation(document, "notes.note.get"));
        CliRun run = ci("--snapshot", lock.toString(), "--baseline", "HEAD");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("against HEAD").contains("RemovedOperation notes.note.get@1.0.0");
        CliRun unknown = ci("--snapshot", lock.toString(), "--baseline", "no-such-ref");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("contractspec: baseline 'no-such-ref:./contracts.lock.json' is neither a snapshot file nor readable from git");
    }

    @Test
    void reportsDriftOfTheGeneratedFolderAndTheSnapshot() throws IOException {
        assertThat(CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--project-root", project.toString(),
                "--artifact", "docs,json-schema").exitCode()).isZero();
        Files.writeString(project.resolve(".contractsrc.json"), "{\"generate\": {\"artifacts\": [\"docs\", \"json-schema\"]}}");
        assertThat(ci("-cp", FIXTURE_CLASSPATH).exitCode()).isZero();
        Files.writeString(project.resolve("generated/schemas/Note.schema.json"), "{}");
        Files.writeString(lock, "{}");
        CliRun run = ci("-cp", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR GeneratedFileChanged [schemas/Note.schema.json]")
                .contains("ERROR SnapshotOutdated: contracts.lock.json does not match the contracts");
    }

    @Test
    void runsTheExamplesThroughAnExecutorFactory() {
        CliRun run = ci("-cp", FIXTURE_CLASSPATH, "--executor-factory", "io.contractspec.cli.fixture.NotesExecutorFactory");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("acceptance        failed  examples conform, and run through io.contractspec.cli.fixture.NotesExecutorFactory")
                .contains("ERROR ExampleFailed notes.note.get@1.0.0 [examples.get-note]")
                .doesNotContain("ExampleFailed notes.note.create");
        CliRun missing = ci("-cp", FIXTURE_CLASSPATH, "--executor-factory", "com.example.Nope");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("executor factory 'com.example.Nope' cannot be created");
    }

    private CliRun ci(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("ci", "--project-root", project.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static JsonNode stage(CliRun run, String name) {
        try {
            for (JsonNode stage : JSON.readTree(run.out()).get("stages")) {
                if (stage.get("name").asText().equals(name)) {
                    return stage;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(run.toString(), e);
        }
        throw new AssertionError("no stage " + name + " in " + run);
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
