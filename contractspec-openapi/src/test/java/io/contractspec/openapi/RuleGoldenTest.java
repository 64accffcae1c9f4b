package io.contractspec.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.Spec;
import io.contractspec.testing.compile.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden case per mapping rule ({@code golden/rules/<rule>/}): a small {@code document.yaml},
 * the Java it must give under {@code expected/}, and {@code diagnostics} (one
 * {@code SEVERITY id pointer} a line) it must report; the sources compile to the operations built
 * in memory. Regenerate with {@code -Dcontractspec.golden.write=true} and read the diff.
 */
class RuleGoldenTest {

    private static final Path RULES = Path.of("src/test/resources/golden/rules");

    static Stream<String> rules() throws IOException {
        try (Stream<Path> folders = Files.list(RULES)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String javaPackage(String rule) {
        return "com.acme.rules." + rule.replace("-", "");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void writesTheExpectedJavaAndReportsTheExpectedDiagnostics(String rule) throws IOException {
        Path folder = RULES.resolve(rule);
        ImportResult result = OpenApiImport.read(folder.resolve("document.yaml").toString(),
                ImportOptions.of(javaPackage(rule)));
        List<String> diagnostics = result.diagnostics().stream()
                .map(diagnostic -> diagnostic.severity() + " " + diagnostic.id() + " " + diagnostic.path()).toList();
        if (Boolean.getBoolean("contractspec.golden.write")) {
            write(folder, result, diagnostics);
        }
        for (Map.Entry<String, String> file : result.sources().entrySet()) {
            assertThat(file.getValue()).as(file.getKey())
                    .isEqualTo(Files.readString(folder.resolve("expected").resolve(file.getKey()), StandardCharsets.UTF_8));
        }
        assertThat(diagnostics).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(folder.resolve("diagnostics"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).toList());

        InMemoryCompiler.Outcome outcome = InMemoryCompiler.compile(result.sources());
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.specs(javaPackage(rule)).stream().map(RuleGoldenTest::withoutSource).toList())
                .containsExactlyInAnyOrderElementsOf(result.specs().stream().map(RuleGoldenTest::withoutSource).toList());
    }

    private static void write(Path folder, ImportResult result, List<String> diagnostics) {
        try {
            for (Map.Entry<String, String> file : result.sources().entrySet()) {
                Path target = folder.resolve("expected").resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.write(folder.resolve("diagnostics"), diagnostics.stream().sorted().toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutSource(Spec spec) {
        ObjectNode json = Snapshot.toJson(spec);
        json.remove("source");
        return json.toPrettyString();
    }
}
