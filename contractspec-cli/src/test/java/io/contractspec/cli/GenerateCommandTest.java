package io.contractspec.cli;

import static io.contractspec.cli.CliRun.FIXTURE_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void generatesDocsSiteAndSchemasIntoTheOutputFolder() {
        Path out = temp.resolve("generated");
        CliRun run = CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--out", out.toString(), "--artifact", "docs,site,json-schema");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(out.resolve("docs/notes/notes.note.create.md")).exists();
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(out.resolve("schemas/Note.schema.json")).content().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(out.resolve("schemas/CreateNoteInput.schema.json")).exists();
    }

    @Test
    void readsTheArtifactsAndFolderFromTheConfiguration() throws IOException {
        Files.writeString(temp.resolve(".contractsrc.json"), "{\"generate\": {\"outputDir\": \"out\", \"artifacts\": [\"json-schema\"]}}");
        CliRun run = CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--project-root", temp.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(files(temp.resolve("out"))).containsExactly("schemas/CreateNoteInput.schema.json",
                "schemas/GetNoteInput.schema.json", "schemas/Note.schema.json");
    }

    @Test
    void generatesTheSameBytesEveryTimeAndRemovesOnlyStaleFilesItOwns() throws IOException {
        Path out = temp.resolve("generated");
        String[] args = {"generate", "-cp", FIXTURE_CLASSPATH, "--out", out.toString(), "--artifact", "docs,json-schema"};
        CliRun.of(args);
        Files.writeString(out.resolve("docs/stale.md"), "old");
        Files.writeString(out.resolve("README.md"), "mine");
        CliRun second = CliRun.of(args);
        assertThat(second.out()).contains("generated 7 files into " + out + " (7 unchanged, 1 removed)");
        assertThat(out.resolve("docs/stale.md")).doesNotExist();
        assertThat(out.resolve("README.md")).hasContent("mine");
    }

    @Test
    void generatesTheSameFilesFromTheClassesAsFromTheirSnapshot() throws IOException {
        Path lock = temp.resolve("contracts.lock.json");
        CliRun.of("snapshot", "-cp", FIXTURE_CLASSPATH, "--out", lock.toString());
        Path fromClasses = temp.resolve("from-classes");
        Path fromSnapshot = temp.resolve("from-snapshot");
        assertThat(CliRun.of("generate", "-cp", FIXTURE_CLASSPATH, "--out", fromClasses.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--snapshot", lock.toString(), "--out", fromSnapshot.toString()).exitCode()).isZero();
        assertThat(files(fromClasses)).contains("openapi.json").isEqualTo(files(fromSnapshot));
        for (String file : files(fromClasses)) {
            assertThat(fromSnapshot.resolve(file)).as(file).hasSameBinaryContentAs(fromClasses.resolve(file));
        }
    }

    @Test
    void openApiExportWritesTheDocument() {
        CliRun run = CliRun.of("openapi", "export", "-cp", FIXTURE_CLASSPATH, "--title", "Notes API");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("{\n  \"openapi\": \"3.1.0\"").contains("\"title\": \"Notes API\"")
                .contains("/notes/note/create/v1.0.0");
        LoadErrorsTest.assertUsageError(CliRun.of("openapi", "-cp", FIXTURE_CLASSPATH), "Unknown option");
        LoadErrorsTest.assertUsageError(CliRun.of("openapi"), "Missing required subcommand: export");
    }

    @Test
    void docsCommandWritesMarkdownOrHtml() {
        Path md = temp.resolve("md");
        Path html = temp.resolve("html");
        assertThat(CliRun.of("docs", "-cp", FIXTURE_CLASSPATH, "--out", md.toString()).exitCode()).isZero();
        assertThat(CliRun.of("docs", "-cp", FIXTURE_CLASSPATH, "--format", "html", "--out", html.toString()).exitCode()).isZero();
        assertThat(md.resolve("notes/notes.note.get.md")).exists();
        assertThat(html.resolve("index.html")).exists();
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
