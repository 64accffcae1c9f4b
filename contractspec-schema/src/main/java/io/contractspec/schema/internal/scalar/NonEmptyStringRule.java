package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A string with at least one character that is not whitespace in the ECMA-262 sense
 * ({@link EcmaChars#isWhitespace}). Control characters other than whitespace count as content.
 * Schema: {@code "pattern": "\\S"} (a search, so no anchors).
 */
public final class NonEmptyStringRule extends StringFormatRule {

    public NonEmptyStringRule() {
        super("a string with a non-whitespace character", fragment());
    }

    private static ObjectNode fragment() {
        ObjectNode node = Fragments.ofType("string");
        node.put("pattern", "\\S");
        return node;
    }

    @Override
    public boolean accepts(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!EcmaChars.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
