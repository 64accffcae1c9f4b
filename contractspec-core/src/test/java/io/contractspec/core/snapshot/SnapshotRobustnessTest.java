package io.contractspec.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every single-value corruption of the golden document either reads or fails with a
 * {@link SnapshotException}: never a NullPointerException, ClassCastException or the like.
 */
class SnapshotRobustnessTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.numberNode(-1), NODES.numberNode(1e300), NODES.textNode(""),
            NODES.arrayNode(), NODES.objectNode());

    @Test
    void everyReplacedOrRemovedValueFailsOnlyWithASnapshotException() {
        ObjectNode golden = Snapshot.toJson(SnapshotFixtures.golden());
        List<Consumer<JsonNode>> mutations = new ArrayList<>();
        collect(golden, mutations);
        int rejected = 0;
        for (Consumer<JsonNode> mutation : mutations) {
            JsonNode document = golden.deepCopy();
            mutation.accept(document);
            try {
                Snapshot.write(Snapshot.fromJson(document));
            } catch (SnapshotException expected) {
                rejected++;
            } catch (RuntimeException e) {
                fail("a corrupted document failed with " + e + " instead of a SnapshotException:\n"
                        + CanonicalJson.write(document), e);
            }
        }
        assertThat(mutations).hasSizeGreaterThan(2500);
        assertThat(rejected).isGreaterThan(mutations.size() / 2);
    }

    /** Adds, for every value under {@code node}, mutations that replace it or remove it. */
    private static void collect(JsonNode node, List<Consumer<JsonNode>> mutations) {
        collect(node, List.of(), mutations);
    }

    private static void collect(JsonNode node, List<Object> path, List<Consumer<JsonNode>> mutations) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<Object> child = append(path, name);
                addMutations(child, mutations);
                collect(node.get(name), child, mutations);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = append(path, i);
                addMutations(child, mutations);
                collect(node.get(i), child, mutations);
            }
        }
    }

    private static void addMutations(List<Object> path, List<Consumer<JsonNode>> mutations) {
        for (JsonNode replacement : REPLACEMENTS) {
            mutations.add(document -> {
                JsonNode parent = parent(document, path);
                Object last = path.get(path.size() - 1);
                if (last instanceof String name) {
                    ((ObjectNode) parent).set(name, replacement.deepCopy());
                } else {
                    ((ArrayNode) parent).set((Integer) last, replacement.deepCopy());
                }
            });
        }
        mutations.add(document -> {
            JsonNode parent = parent(document, path);
            Object last = path.get(path.size() - 1);
            if (last instanceof String name) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove((int) (Integer) last);
            }
        });
    }

    private static JsonNode parent(JsonNode document, List<Object> path) {
        JsonNode at = document;
        for (Object step : path.subList(0, path.size() - 1)) {
            at = step instanceof String name ? at.get(name) : at.get((Integer) step);
        }
        return at;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> child = new ArrayList<>(path);
        child.add(step);
        return child;
    }
}
