package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a value for assertion messages with every non-printable-ASCII character escaped. */
final class Printable {

    private Printable() {}

    static String of(JsonNode value) {
        String text = value.toString();
        StringBuilder out = new StringBuilder(value.getNodeType() + " ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
