package io.contractspec.governance.drift;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {

    @TempDir
    Path committed;

    @Test
    void findsNothingWhenTheFolderMatches() throws IOException {
        write("docs/a.md", "A");
        write("openapi.json", "{}");
        assertThat(Drift.check(committed, Map.of("docs/a.md", bytes("A"), "openapi.json", bytes("{}")))).isEmpty();
    }

    @Test
    void reportsMissingExtraAndChangedFilesByRelativePath() throws IOException {
        write("docs/a.md", "A");
        write("docs/old.md", "gone");
        write("schemas/X.schema.json", "{\"x\": 1}");
        List<Diagnostic> findings = Drift.check(committed, Map.of(
                "docs/a.md", bytes("A"),
                "docs/new.md", bytes("N"),
                "schemas/X.schema.json", bytes("{\"x\": 2}")), "generated/");
        assertThat(findings).extracting(Diagnostic::id, Diagnostic::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Drift.MISSING, "docs/new.md"),
                org.assertj.core.groups.Tuple.tuple(Drift.EXTRA, "docs/old.md"),
                org.assertj.core.groups.Tuple.tuple(Drift.CHANGED, "schemas/X.schema.json"));
        assertThat(findings).allMatch(finding -> finding.severity() == Severity.ERROR);
        assertThat(findings.get(0).location().file()).isEqualTo("generated/docs/new.md");
        assertThat(findings.get(2).message()).isEqualTo("generated/schemas/X.schema.json differs from what the contracts generate");
    }

    @Test
    void treatsAMissingFolderAsEveryFileMissing() {
        List<Diagnostic> findings = Drift.check(committed.resolve("absent"), Map.of("a.md", bytes("A")));
        assertThat(findings).extracting(Diagnostic::id).containsExactly(Drift.MISSING);
    }

    @Test
    void comparesBytesExactly() throws IOException {
        write("a.md", "line\n");
        assertThat(Drift.check(committed, Map.of("a.md", bytes("line\r\n")))).extracting(Diagnostic::id).containsExactly(Drift.CHANGED);
    }

    private void write(String path, String content) throws IOException {
        Path file = committed.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
