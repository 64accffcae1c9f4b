package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON Schema fragments of the scalar rules. */
final class Fragments {

    /**
     * Rejects a line feed. Every anchored format below excludes line feeds anyway; this guard is
     * there because several regex engines used by validators (Onigmo/joni as used by networknt,
     * PCRE, Python) let {@code $} match before a final {@code \n}, whereas ECMA-262 {@code $}
     * matches only at the end of the input. With the guard the fragment means the same everywhere.
     */
    static final String LINE_FEED = "\\n";

    private Fragments() {}

    static ObjectNode ofType(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        return node;
    }

    /** A string that matches {@code ^…$}-anchored {@code pattern} as a whole. */
    static ObjectNode anchoredString(String format, String pattern) {
        ObjectNode node = ofType("string");
        if (format != null) {
            node.put("format", format);
        }
        node.put("pattern", pattern);
        node.putObject("not").put("pattern", LINE_FEED);
        return node;
    }

    static String anchored(String regex) {
        return "^" + regex + "$";
    }
}
