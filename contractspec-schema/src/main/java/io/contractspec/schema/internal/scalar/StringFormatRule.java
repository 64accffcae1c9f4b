package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;

/**
 * A scalar carried as a JSON string with a format: another JSON kind fails with {@code type}, a
 * string that does not have the format fails with {@code format}. Subclasses give the check and
 * the JSON Schema fragment that states it, side by side.
 */
public abstract class StringFormatRule implements ScalarRule {

    private final String expected;
    private final ObjectNode fragment;

    /**
     * @param expected what a valid value is, for messages: "a date YYYY-MM-DD"
     * @param fragment the JSON Schema fragment accepting exactly the strings {@link #accepts} accepts
     */
    protected StringFormatRule(String expected, ObjectNode fragment) {
        this.expected = expected;
        this.fragment = fragment;
    }

    /** True when the string has the format. Must not allocate. */
    public abstract boolean accepts(String text);

    @Override
    public final ScalarFailure check(JsonNode value) {
        if (value instanceof TextNode node) {
            // the usual node, checked by its class: a kind check on JsonNode is a megamorphic call
            String text = node.textValue();
            return accepts(text) ? null : Failures.format(expected, text);
        }
        if (!value.isTextual()) {
            return Failures.type(expected, value);
        }
        String text = value.textValue();
        return accepts(text) ? null : Failures.format(expected, text);
    }

    @Override
    public final ObjectNode jsonSchema() {
        return fragment.deepCopy();
    }
}
