package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphQlCommandTest {

    @TempDir
    Path temp;

    @Test
    void graphqlExportPrintsOrWritesTheSdl() throws Exception {
        CliRun run = CliRun.of("graphql", "export", "-cp", FIXTURE_CLASSPATH);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("type Mutation {", "notesNoteCreate(input: ");
        Path file = temp.resolve("schema.graphql");
        assertThat(CliRun.of("graphql", "export", "-cp", FIXTURE_CLASSPATH, "--out", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file).strip()).isEqualTo(run.out().strip());
        LoadErrorsTest.assertUsageError(CliRun.of("graphql"), "Missing required subcommand: export");
    }

    @Test
    void generateWritesTheSdlAndDriftChecksIt() throws Exception {
        assertThat(CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", temp.resolve("contracts.lock.json").toString())
                .exitCode()).isZero();
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"artifacts\": [\"graphql\"]}}");
        CliRun generate = CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path sdl = temp.resolve("generated/schema.graphql");
        assertThat(Files.readString(sdl)).contains("type Mutation {");
        CliRun clean = CliRun.of("ci", "--project-root", temp.toString(), "-cp", FIXTURE_CLASSPATH);
        assertThat(clean.out()).as(clean.toString()).contains("drift             passed");
        Files.writeString(sdl, "type Query { edited: Int }\n");
        CliRun drifted = CliRun.of("ci", "--project-root", temp.toString(), "-cp", FIXTURE_CLASSPATH);
        assertThat(drifted.exitCode()).isEqualTo(1);
        assertThat(drifted.out()).contains("ERROR GeneratedFileChanged [schema.graphql]");
    }
}
