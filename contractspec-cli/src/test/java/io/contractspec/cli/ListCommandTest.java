package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path temp;

    @Test
    void listsEverySpecInRegistryOrder() {
        CliRun run = CliRun.of("list", "--classpath", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().map(line -> line.split("\\s+")[1]))
                .containsExactly("notes.note.create@1.0.0", "notes.note.get@1.0.0", "notes.note.created@1.0.0", "notes@1.0.0");
    }

    @Test
    void filtersByTypeTagOwnerAndStability() {
        assertThat(CliRun.of("list", "-cp", FIXTURE_CLASSPATH, "--type", "event").out()).contains("notes.note.created@1.0.0")
                .doesNotContain("notes.note.get");
        assertThat(CliRun.of("list", "-cp", FIXTURE_CLASSPATH, "--tag", "write").out().lines()).hasSize(1);
        assertThat(CliRun.of("list", "-cp", FIXTURE_CLASSPATH, "--owner", "@example.reading").out()).contains("notes.note.get@1.0.0")
                .doesNotContain("notes.note.create");
        assertThat(CliRun.of("list", "-cp", FIXTURE_CLASSPATH, "--stability", "beta").out().lines()).hasSize(1);
    }

    @Test
    void writesJson() throws Exception {
        CliRun run = CliRun.of("list", "-cp", FIXTURE_CLASSPATH, "--type", "operation", "--format", "json");
        JsonNode specs = JsonMapper.builder().build().readTree(run.out());
        assertThat(specs).hasSize(2);
        assertThat(specs.get(0).get("key").asText()).isEqualTo("notes.note.create");
        assertThat(specs.get(0).get("owners").get(0).asText()).isEqualTo("@example.notes");
        assertThat(specs.get(0).get("source").asText()).contains("FixtureContracts.java");
    }

    @Test
    void listsTheSameFromASnapshotAsFromTheClasspath() {
        Path snapshot = temp.resolve("contracts.lock.json");
        assertThat(CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", snapshot.toString()).exitCode()).isZero();
        assertThat(CliRun.of("list", "--snapshot", snapshot.toString()).out())
                .isEqualTo(CliRun.of("list", "-cp", FIXTURE_CLASSPATH).out());
    }
}
