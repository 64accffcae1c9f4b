package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The snapshot of {@link SnapshotFixtures#golden()} against the reviewed expected file. After an
 * intended format change, review {@code target/golden.snapshot.actual.json} and copy it over the
 * expected file.
 */
class SnapshotGoldenTest {

    private static final String EXPECTED = "/snapshot/golden.snapshot.json";

    @Test
    void writesTheExpectedDocument() throws IOException {
        String actual = Snapshot.write(SnapshotFixtures.golden());
        String expected = expected();
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "golden.snapshot.actual.json"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theExpectedDocumentReadsBackToTheFixtureSpecs() throws IOException {
        assertThat(Snapshot.read(expected()).all())
                .containsExactlyInAnyOrderElementsOf(SnapshotFixtures.goldenSpecs());
    }

    @Test
    void theExpectedDocumentUsesOnlyLineFeedsAndEndsWithOne() throws IOException {
        String expected = expected();
        assertThat(expected).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
    }

    private static String expected() throws IOException {
        try (InputStream in = SnapshotGoldenTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
