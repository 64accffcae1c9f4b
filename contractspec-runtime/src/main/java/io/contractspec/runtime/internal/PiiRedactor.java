package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Replaces the values at dotted paths ({@code applicant.email}) with {@value #REDACTED}. Arrays on
 * the way are followed into every item. The input is never modified; a redacted copy is returned.
 */
public final class PiiRedactor {

    public static final String REDACTED = "[REDACTED]";

    private PiiRedactor() {}

    public static JsonNode redact(JsonNode input, List<String> paths) {
        if (paths.isEmpty() || input == null) {
            return input;
        }
        JsonNode copy = input.deepCopy();
        for (String path : paths) {
            redact(copy, path.split("\\."), 0);
        }
        return copy;
    }

    private static void redact(JsonNode node, String[] segments, int depth) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> redact(item, segments, depth));
            return;
        }
        if (!(node instanceof ObjectNode object) || !object.has(segments[depth])) {
            return;
        }
        if (depth == segments.length - 1) {
            if (!object.get(segments[depth]).isNull()) {
                object.put(segments[depth], REDACTED);
            }
        } else {
            redact(object.get(segments[depth]), segments, depth + 1);
        }
    }
}
