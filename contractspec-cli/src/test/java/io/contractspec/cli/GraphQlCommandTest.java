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
}
