package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Kind checks on payload nodes that test Jackson's usual node classes first. {@code JsonNode}'s own
 * checks ({@code isNull}, {@code isTextual}, …) are virtual calls at sites that see every node class,
 * which the JIT cannot inline; a class test is a compare. Any other node falls back to those checks,
 * so the answers are the same for every node.
 */
public final class JsonKinds {

    private JsonKinds() {}

    public static boolean isNull(JsonNode value) {
        if (value instanceof TextNode || value instanceof IntNode || value instanceof LongNode
                || value instanceof ObjectNode || value instanceof ArrayNode || value instanceof BooleanNode) {
            return false;
        }
        return value instanceof NullNode || value.isNull();
    }

    /** The string of a JSON string node, else {@code null}. */
    public static String text(JsonNode value) {
        if (value instanceof TextNode node) {
            return node.textValue();
        }
        return value.isTextual() ? value.textValue() : null;
    }

    /** True for the number nodes that always hold a long ({@code int} and {@code long}). */
    public static boolean isLong(JsonNode value) {
        return value instanceof IntNode || value instanceof LongNode;
    }
}
