package io.contractspec.schema.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The samples of one scalar, written compactly: Java values become the JSON nodes they stand for. */
final class SampleSet {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> valid = new ArrayList<>();
    private final List<InvalidSample> invalid = new ArrayList<>();

    SampleSet valid(Object... values) {
        for (Object value : values) {
            valid.add(node(value));
        }
        return this;
    }

    SampleSet invalid(String code, Object... values) {
        for (Object value : values) {
            invalid.add(new InvalidSample(node(value), code));
        }
        return this;
    }

    /** Values of every JSON kind except string, rejected with {@code type}. */
    SampleSet notStrings() {
        return invalid("type", 42, 1.5, true, false, json("[]"), json("[\"a\"]"), json("{}"), json("{\"a\":\"b\"}"));
    }

    /** Values of every JSON kind except number, rejected with {@code type}. */
    SampleSet notNumbers() {
        return invalid("type", "1", "", true, false, json("[]"), json("[1]"), json("{}"));
    }

    List<JsonNode> valid() {
        return List.copyOf(valid);
    }

    List<InvalidSample> invalid() {
        return List.copyOf(invalid);
    }

    /** A JSON value written as JSON text, e.g. {@code json("[1, 2]")}. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad sample JSON: " + text, e);
        }
    }

    static String repeat(String text, int times) {
        return text.repeat(times);
    }

    private static JsonNode node(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        throw new IllegalArgumentException("no JSON form for sample " + value);
    }
}
