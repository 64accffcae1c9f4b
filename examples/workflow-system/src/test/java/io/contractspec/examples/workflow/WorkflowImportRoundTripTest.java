package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.openapi.ImportOptions;
import io.contractspec.openapi.ImportResult;
import io.contractspec.openapi.OpenApiImport;
import io.contractspec.rest.openapi.OpenApiExporter;
import io.contractspec.rest.openapi.OpenApiOptions;
import io.contractspec.testing.compile.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export the workflow contracts' OpenAPI document, import it, compile the sources and compare
 * the snapshots of the operations, every part of them (input and output models, policy, acceptance
 * examples and scenarios, emitted events…), and of the events, features and capabilities (which
 * the export lists when asked): what the export says is enough to give the same contracts back.
 */
class WorkflowImportRoundTripTest {

    private static final String PACKAGE = "io.contractspec.examples.workflow.reimported";

    @Test
    void importingTheExportGivesEverySpecBack(@TempDir Path folder) throws IOException {
        Path document = folder.resolve("openapi.json");
        Files.writeString(document, OpenApiExporter.export(REGISTRY, OpenApiOptions.builder().allSpecs(true).build())
                .toPrettyString());

        ImportResult imported = OpenApiImport.read(document.toString(), ImportOptions.of(PACKAGE));
        InMemoryCompiler.Outcome compiled = InMemoryCompiler.compile(imported.sources());
        assertThat(compiled.errors()).isEmpty();
        ContractRegistry reimported = ContractRegistry.builder().registerAll(compiled.specs(PACKAGE)).build();

        Map<String, List<String>> differences = new TreeMap<>();
        List<Spec> originals = new ArrayList<>(REGISTRY.operations());
        originals.addAll(REGISTRY.events());
        originals.addAll(REGISTRY.features());
        originals.addAll(REGISTRY.capabilities());
        List<Spec> copies = new ArrayList<>(reimported.operations());
        copies.addAll(reimported.events());
        copies.addAll(reimported.features());
        copies.addAll(reimported.capabilities());
        for (Spec original : originals) {
            Spec copy = copies.stream().filter(spec -> spec.specType() == original.specType()
                    && spec.meta().ref().equals(original.meta().ref())).findFirst().orElse(null);
            if (copy == null) {
                differences.put(original.meta().ref().toString(), List.of("missing"));
                continue;
            }
            List<String> paths = new ArrayList<>();
            differ("", comparable(original), comparable(copy), paths);
            if (!paths.isEmpty()) {
                differences.put(original.meta().ref().toString(), paths);
            }
        }
        differences.forEach((ref, paths) -> System.out.println(ref + ": " + paths));
        if (!differences.isEmpty()) {
            imported.diagnostics().forEach(diagnostic -> System.out.println("  import: " + diagnostic.severity() + " "
                    + diagnostic.id() + " " + diagnostic.path() + " " + diagnostic.message()));
        }
        assertThat(differences).isEmpty();
    }

    /** The snapshot entry without its source location, which names the Java file that declared it. */
    private static ObjectNode comparable(Spec spec) {
        ObjectNode entry = Snapshot.toJson(spec);
        entry.remove("source");
        return entry;
    }

    private static void differ(String at, JsonNode left, JsonNode right, List<String> paths) {
        if (left.equals(right)) {
            return;
        }
        if (left.isObject() && right.isObject()) {
            Iterator<String> names = left.fieldNames();
            names.forEachRemaining(name -> differ(at + "/" + name, left.get(name),
                    right.has(name) ? right.get(name) : com.fasterxml.jackson.databind.node.MissingNode.getInstance(), paths));
            right.fieldNames().forEachRemaining(name -> {
                if (!left.has(name)) {
                    paths.add(at + "/" + name + " (only in the import)");
                }
            });
        } else if (left.isArray() && right.isArray() && left.size() == right.size()) {
            for (int i = 0; i < left.size(); i++) {
                differ(at + "/" + i, left.get(i), right.get(i), paths);
            }
        } else {
            paths.add(at + ": " + abbreviate(left) + " ≠ " + abbreviate(right));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
