package io.contractspec.cli.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes a modified copy of a snapshot, e.g. without an operation, for breaking-change tests. */
public final class SnapshotEdits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SnapshotEdits() {}

    public static Path copy(Path snapshot, Path target, Consumer<ObjectNode> edit) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(snapshot.toFile());
            edit.accept(document);
            Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode operation(ObjectNode document, String key) {
        for (JsonNode operation : document.get("operations")) {
            if (operation.get("key").asText().equals(key)) {
                return (ObjectNode) operation;
            }
        }
        throw new IllegalArgumentException("no operation " + key);
    }

    public static void removeOperation(ObjectNode document, String key) {
        ArrayNode operations = (ArrayNode) document.get("operations");
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).get("key").asText().equals(key)) {
                operations.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no operation " + key);
    }
}
