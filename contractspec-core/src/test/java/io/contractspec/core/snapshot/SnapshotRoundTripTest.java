package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRoundTripTest {

    private static List<Spec> allSpecs() {
        List<Spec> specs = new ArrayList<>(SnapshotFixtures.goldenSpecs());
        specs.addAll(SnapshotFixtures.versionedQueries());
        return specs;
    }

    private static ContractRegistry registry(List<Spec> specs) {
        return ContractRegistry.builder().registerAll(specs).build();
    }

    @Test
    void writingWhatWasReadIsByteIdentical() {
        String first = Snapshot.write(registry(allSpecs()));
        assertThat(Snapshot.write(Snapshot.read(first))).isEqualTo(first);
    }

    @Test
    void readingYieldsSpecsEqualToTheOriginals() {
        ContractRegistry original = registry(allSpecs());
        ContractRegistry read = Snapshot.read(Snapshot.write(original));
        assertThat(read.all()).containsExactlyElementsOf(original.all());
        for (int i = 0; i < original.all().size(); i++) {
            assertThat(read.all().get(i)).hasSameHashCodeAs(original.all().get(i));
        }
    }

    @Test
    void registrationOrderDoesNotChangeTheBytes() {
        String expected = Snapshot.write(registry(allSpecs()));
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            List<Spec> shuffled = new ArrayList<>(allSpecs());
            Collections.shuffle(shuffled, random);
            assertThat(Snapshot.write(registry(shuffled))).isEqualTo(expected);
        }
    }

    @Test
    void entriesAreOrderedByKeyThenSemver() {
        JsonNode operations = Snapshot.toJson(registry(allSpecs())).get("operations");
        List<String> refs = new ArrayList<>();
        operations.forEach(entry -> refs.add(entry.get("key").asText() + "@" + entry.get("version").asText()));
        assertThat(refs).containsExactly(
                "workflow.instance.list@1.9.0",
                "workflow.instance.list@1.10.0-beta.2",
                "workflow.instance.list@1.10.0",
                "workflow.instance.list@2.0.0",
                "workflow.instance.resume@1.1.0");
    }

    @Test
    void anOperationWithoutInputWritesNullInputAndReadsBackWithout() {
        OperationSpec query = (OperationSpec) SnapshotFixtures.versionedQueries().get(0);
        ObjectNode entry = Snapshot.toJson(query);
        assertThat(entry.get("io").get("input").isNull()).isTrue();
        assertThat(entry.has("deprecation")).isFalse();
        assertThat(entry.has("title")).isFalse();
        assertThat(entry.get("transport").isEmpty()).isTrue();
        assertThat(((OperationSpec) Snapshot.fromJson(SpecType.OPERATION, entry)).input()).isEmpty();
    }

    @Test
    void oneEntryIsWhatTheDocumentHoldsForThatSpec() {
        ObjectNode document = Snapshot.toJson(SnapshotFixtures.golden());
        assertThat(Snapshot.toJson(SnapshotFixtures.RESUME)).isEqualTo(document.get("operations").get(0));
        assertThat(Snapshot.toJson(SnapshotFixtures.RESUMED)).isEqualTo(document.get("events").get(0));
        assertThat(Snapshot.toJson(SnapshotFixtures.INSTANCES)).isEqualTo(document.get("features").get(0));
        assertThat(Snapshot.toJson(SnapshotFixtures.INSTANCE_CONTROL)).isEqualTo(document.get("capabilities").get(0));
    }

    @Test
    void oneEntryReadsBackToTheSpec() {
        for (Spec spec : SnapshotFixtures.goldenSpecs()) {
            assertThat(Snapshot.fromJson(spec.specType(), Snapshot.toJson(spec))).isEqualTo(spec);
        }
    }

    @Test
    void treeKeysAreInsertedInCanonicalOrder() {
        List<String> names = new ArrayList<>();
        Snapshot.toJson(SnapshotFixtures.RESUME).fieldNames().forEachRemaining(names::add);
        assertThat(names).isSorted();
    }

    @Test
    void theTreeAndTheTextAreTheSameDocument() {
        ContractRegistry registry = registry(allSpecs());
        assertThat(Snapshot.fromJson(Snapshot.toJson(registry)).all()).containsExactlyElementsOf(registry.all());
        assertThat(CanonicalJson.write(Snapshot.toJson(registry))).isEqualTo(Snapshot.write(registry));
    }

    @Test
    void writesAndReadsUtf8Files(@TempDir Path dir) throws IOException {
        ContractRegistry registry = SnapshotFixtures.golden();
        Path file = dir.resolve("contracts.snapshot.json");
        Snapshot.write(registry, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Snapshot.write(registry));
        assertThat(Snapshot.read(file).all()).containsExactlyElementsOf(registry.all());
        try (var in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            assertThat(Snapshot.read(in).all()).containsExactlyElementsOf(registry.all());
        }
    }

    @Test
    void anEmptyRegistryHasAStableShape() {
        assertThat(Snapshot.write(ContractRegistry.builder().build())).isEqualTo("""
                {
                  "capabilities": [],
                  "events": [],
                  "features": [],
                  "operations": [],
                  "snapshotVersion": 1
                }
                """);
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        String snapshot = Snapshot.write(SnapshotFixtures.golden());
        assertThat(Snapshot.read("\uFEFF" + snapshot).all()).hasSize(4);
    }
}
