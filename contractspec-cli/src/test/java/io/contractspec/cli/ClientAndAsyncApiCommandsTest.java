package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAndAsyncApiCommandsTest {

    @TempDir
    Path temp;

    @Test
    void clientTypescriptWritesThePackageNamedByTheConfiguration() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"),
                "{\"generate\": {\"typescript\": {\"packageName\": \"@notes/client\", \"packageVersion\": \"3.0.0\"}}}");
        Path out = temp.resolve("client");

        CliRun run = CliRun.of("client", "typescript", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(GenerateCommandTest.files(out)).containsExactly("package.json", "src/client.ts", "src/errors.ts",
                "src/index.ts", "src/models.ts", "src/pagination.ts", "src/transport.ts", "tsconfig.json");
        assertThat(out.resolve("package.json")).content().contains("\"@notes/client\"", "\"3.0.0\"");
        assertThat(out.resolve("src/client.ts")).content().contains("notes: {", "note: {", "create: (input: CreateNoteInput");
    }

    @Test
    void clientNeedsASubcommandAndAValidPackageName() {
        LoadErrorsTest.assertUsageError(CliRun.of("client"), "Missing required subcommand: typescript");
        LoadErrorsTest.assertUsageError(CliRun.of("client", "typescript", "-cp", FIXTURE_CLASSPATH, "--out",
                temp.toString(), "--package-name", "Not A Name"), "--package-name: 'Not A Name' is not an npm package name");
    }

    @Test
    void asyncApiExportWritesTheEventDocument() {
        Path out = temp.resolve("asyncapi.json");

        CliRun run = CliRun.of("asyncapi", "export", "-cp", FIXTURE_CLASSPATH, "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(out).content().startsWith("{\n  \"asyncapi\": \"3.0.0\"").contains("\"channels\"");
        LoadErrorsTest.assertUsageError(CliRun.of("asyncapi"), "Missing required subcommand: export");
    }

    @Test
    void generateWritesAsyncApiAndTheClientAsArtifacts() throws IOException {
        Path out = temp.resolve("generated");

        CliRun run = CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--out", out.toString(),
                "--artifact", "asyncapi,typescript-client");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(GenerateCommandTest.files(out)).contains("asyncapi.json", "client/package.json", "client/src/client.ts");
    }

    @Test
    void readsOpenApiInfoAndServersFromTheConfiguration() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"openapi\": {\"description\": \"Notes.\","
                + " \"license\": {\"name\": \"MIT\", \"identifier\": \"MIT\"}, \"contact\": {\"email\": \"a@example.com\"},"
                + " \"servers\": [\"https://notes.example.com/api\"]}}}");

        CliRun run = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"description\": \"Notes.\"", "\"identifier\": \"MIT\"",
                "\"email\": \"a@example.com\"", "\"url\": \"https://notes.example.com/api\"");
    }

    @Test
    void listsTheEventsForImportOnlyWhenAsked() {
        CliRun plain = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());
        CliRun withEvents = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString(),
                "--all-specs");

        assertThat(plain.out()).doesNotContain("x-contractspec-events");
        assertThat(withEvents.exitCode()).as(withEvents.toString()).isZero();
        assertThat(withEvents.out()).contains("\"x-contractspec-events\"", "\"key\": \"notes.note.created\"");
    }

    @Test
    void listsTheEventsForImportWhenTheConfigurationAsks() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"openapi\": {\"allSpecs\": true}}}");

        CliRun run = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"x-contractspec-events\"", "\"key\": \"notes.note.created\"");
    }

    @Test
    void rejectsAnAllSpecsThatIsNotABoolean() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"openapi\": {\"allSpecs\": \"yes\"}}}");

        CliRun run = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("generate.openapi.allSpecs");
    }

    @Test
    void rejectsALicenseWithBothUrlAndIdentifier() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"openapi\": {\"license\": "
                + "{\"name\": \"MIT\", \"identifier\": \"MIT\", \"url\": \"https://mit-license.org\"}}}}");

        CliRun run = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("generate.openapi.license: give either url or identifier, not both");
    }
}
