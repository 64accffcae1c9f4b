package io.contractspec.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.testing.compile.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mapping rules on one small document, against the expected Java files beside it
 * ({@code golden/mapping/expected/}): path, query and header parameters, the JSON body, success
 * and error statuses, security, deprecation, operationId or method + path as key, allOf merged,
 * a discriminated oneOf, 3.1 type arrays with null, a map, a constant, enums, formats, constraints
 * (an exclusive minimum becomes the next integer) and a renamed property. Regenerate with
 * {@code -Dcontractspec.golden.write=true} after a deliberate change, and read the diff.
 */
class MappingGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/mapping");

    private final ImportResult result = OpenApiImport.read(GOLDEN.resolve("document.yaml").toString(),
            ImportOptions.of("com.acme.orders"));

    @Test
    void writesTheExpectedJava() throws IOException {
        Path expected = GOLDEN.resolve("expected");
        if (Boolean.getBoolean("contractspec.golden.write")) {
            for (Map.Entry<String, String> file : result.sources().entrySet()) {
                Path target = expected.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> file : result.sources().entrySet()) {
            assertThat(file.getValue()).as(file.getKey())
                    .isEqualTo(Files.readString(expected.resolve(file.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void reportsWhatItApproximatedAtItsJsonPointer() {
        List<String> diagnostics = result.diagnostics().stream()
                .map(diagnostic -> diagnostic.severity() + " " + diagnostic.id() + " " + diagnostic.path())
                .collect(Collectors.toList());

        assertThat(diagnostics).containsExactlyInAnyOrder(
                "NOTE openapi.import.renamed-parameter /paths/~1orders~1{orderId}/get/parameters/X-Trace-Id",
                "WARNING openapi.import.renamed-field /components/schemas/Order/allOf/1/properties/+1",
                "NOTE openapi.import.default-owner /paths/~1orders~1{orderId}/delete",
                "NOTE openapi.import.renamed-parameter /paths/~1orders/post/parameters/dry-run");
    }

    private static String withoutSource(Spec spec) {
        ObjectNode json = Snapshot.toJson(spec);
        json.remove("source");
        return json.toPrettyString();
    }

    @Test
    void theCompiledSourcesBuildTheOperationsImportedInMemory() {
        InMemoryCompiler.Outcome outcome = InMemoryCompiler.compile(result.sources());
        assertThat(outcome.errors()).isEmpty();

        List<Spec> specs = outcome.specs("com.acme.orders");

        // Equal snapshots but for where each spec was built: the generated file, or the importer.
        assertThat(specs.stream().map(MappingGoldenTest::withoutSource).toList())
                .containsExactlyElementsOf(result.operations().stream().map(MappingGoldenTest::withoutSource).toList());
        assertThat(result.operations()).extracting(OperationSpec::key)
                .containsExactly("orders.get-order", "orders.delete-order", "orders.post-orders");
        assertThat(result.operations().get(1).meta().owners()).containsExactly("@mapping-rules");
    }
}
