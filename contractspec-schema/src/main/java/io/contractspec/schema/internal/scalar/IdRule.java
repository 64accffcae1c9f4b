package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An identifier: 1 to 255 Unicode code points (as JSON Schema {@code maxLength} counts; an unpaired
 * surrogate counts as one), none of them whitespace or a control character ({@link EcmaChars}).
 */
public final class IdRule extends StringFormatRule {

    static final int MAX_LENGTH = 255;

    public IdRule() {
        super("an ID (1 to 255 characters, no whitespace or control characters)", fragment());
    }

    private static ObjectNode fragment() {
        ObjectNode node = Fragments.ofType("string");
        node.put("minLength", 1);
        node.put("maxLength", MAX_LENGTH);
        node.putObject("not").put("pattern", EcmaChars.WHITESPACE_OR_CONTROL_CLASS);
        return node;
    }

    @Override
    public boolean accepts(String text) {
        int units = text.length();
        if (units == 0 || units > 2 * MAX_LENGTH) {
            return false;
        }
        if (units > MAX_LENGTH && text.codePointCount(0, units) > MAX_LENGTH) {
            return false;
        }
        return !EcmaChars.containsWhitespaceOrControl(text, 0, units);
    }
}
