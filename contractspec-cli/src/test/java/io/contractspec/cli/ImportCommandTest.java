package io.contractspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contractspec import openapi} and {@code contractspec openapi diff}, run as a user would. */
class ImportCommandTest {

    private static final String PETS = Path.of("src", "test", "resources", "openapi", "pets.yaml").toString();

    @Test
    void importWritesSourcesTheServiceEntryAndTheReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("src/main");

        CliRun run = CliRun.of("import", "openapi", PETS, "--package", "com.acme.pets", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("imported 1 operations into 4 files");
        assertThat(out.resolve("java/com/acme/pets/PetsOperations.java")).content()
                .contains("Contracts.query(\"pets.get-pet\", \"1.0.0\")", ".rest(RestRoute.Method.GET, \"/pets/{petId}\")",
                        ".error(\"NOT_FOUND\", 404, \"No such pet.\")");
        assertThat(out.resolve("resources/META-INF/services/io.contractspec.core.registry.ContractModule")).content()
                .isEqualTo("com.acme.pets.ImportedContracts\n");
        assertThat(out.resolve("openapi-import-report.json")).exists();
    }

    @Test
    void reimportingTheSameDocumentChangesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("src/main");
        CliRun.of("import", "openapi", PETS, "--package", "com.acme.pets", "--out", out.toString());
        String first = contents(out);

        CliRun.of("import", "openapi", PETS, "--package", "com.acme.pets", "--out", out.toString());

        assertThat(contents(out)).isEqualTo(first);
    }

    @Test
    void anUnreadableDocumentWritesNothing(@TempDir Path dir) throws IOException {
        Path document = Files.writeString(dir.resolve("broken.yaml"), "openapi: [not, a, document");
        Path out = dir.resolve("src/main");

        CliRun run = CliRun.of("import", "openapi", document.toString(), "--package", "com.acme.pets", "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR openapi.import.unreadable");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadPackageIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("import", "openapi", PETS, "--package", "com.acme.class", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--package 'com.acme.class' is not a Java package name");
    }

    @Test
    void openApiDiffListsWhatTheContractsLack() {
        CliRun run = CliRun.of("openapi", "diff", CliRun.FIXTURE_CLASSPATH, PETS);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("openapi.diff.missing-operation", "GET /pets/{} is in the document but no contract serves it",
                "openapi.diff.extra-operation");
    }

    private static String contents(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(root.relativize(file)).append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
