package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.JsonValues;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object being read, with its path in the document. Every getter checks the JSON type and
 * names the path when it is wrong; {@link #end()} rejects the keys nobody asked for, so a typo or
 * content from a newer format is never silently dropped.
 */
final class JsonCursor {

    private static final int MAX_SHOWN_NUMBER = 40;

    private final JsonNode node;
    private final String path;
    private final Set<String> consumed = new HashSet<>();

    private JsonCursor(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The cursor over an object at {@code path}; fails when the value is not an object. */
    static JsonCursor of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SnapshotException(path, "expected an object, got " + kind(node));
        }
        return new JsonCursor(node, path);
    }

    String path() {
        return path;
    }

    SnapshotException fail(String reason) {
        return new SnapshotException(path, reason);
    }

    SnapshotException failAt(String key, String reason) {
        return new SnapshotException(child(key), reason);
    }

    boolean has(String key) {
        return node.has(key);
    }

    String text(String key) {
        return textNode(required(key), key);
    }

    String text(String key, String fallback) {
        return optional(key).map(value -> textNode(value, key)).orElse(fallback);
    }

    Optional<String> optionalText(String key) {
        return optional(key).map(value -> textNode(value, key));
    }

    int integer(String key) {
        return integerNode(required(key), key);
    }

    int integer(String key, int fallback) {
        return optional(key).map(value -> integerNode(value, key)).orElse(fallback);
    }

    Optional<Integer> optionalInteger(String key) {
        return optional(key).map(value -> integerNode(value, key));
    }

    Optional<BigDecimal> optionalDecimal(String key) {
        return optional(key).map(value -> {
            if (!value.isNumber()) {
                throw failAt(key, "expected a number, got " + kind(value));
            }
            return JsonValues.decimal(value);
        });
    }

    /** A boolean; {@code false} when absent. */
    boolean bool(String key) {
        return optional(key).map(value -> {
            if (!value.isBoolean()) {
                throw failAt(key, "expected true or false, got " + kind(value));
            }
            return value.booleanValue();
        }).orElse(false);
    }

    /** A wire name among the values of an enum, e.g. {@code "stable"}. */
    <E extends Enum<E>> E wire(String key, E[] values, Function<E, String> wireName, String what) {
        String text = text(key);
        for (E value : values) {
            if (wireName.apply(value).equals(text)) {
                return value;
            }
        }
        List<String> expected = new ArrayList<>();
        for (E value : values) {
            expected.add(wireName.apply(value));
        }
        throw failAt(key, "unknown " + what + " '" + text + "' (expected one of " + String.join(", ", expected) + ")");
    }

    /** An array of strings; empty when absent. */
    List<String> strings(String key) {
        List<String> strings = new ArrayList<>();
        JsonNode array = arrayNode(key);
        for (int i = 0; i < array.size(); i++) {
            strings.add(textNode(array.get(i), key + "[" + i + "]"));
        }
        return strings;
    }

    JsonCursor object(String key) {
        return of(required(key), child(key));
    }

    /** The object at {@code key}; empty when absent (and, when {@code nullAllowed}, when null). */
    Optional<JsonCursor> optionalObject(String key, boolean nullAllowed) {
        return optional(key)
                .filter(value -> !(nullAllowed && value.isNull()))
                .map(value -> of(value, child(key)));
    }

    /** An array of objects; empty when absent. */
    List<JsonCursor> objects(String key) {
        List<JsonCursor> objects = new ArrayList<>();
        JsonNode array = arrayNode(key);
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), child(key) + "[" + i + "]"));
        }
        return objects;
    }

    /** Any JSON value, {@code null} included, copied. */
    JsonNode value(String key) {
        return required(key).deepCopy();
    }

    /** Any JSON value, {@code null} included, copied; empty when the key is absent. */
    Optional<JsonNode> optionalValue(String key) {
        return optional(key).map(JsonNode::deepCopy);
    }

    /** Runs a builder step; its complaint becomes a {@link SnapshotException} at this path. */
    <T> T build(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new SnapshotException(path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** Rejects the first (alphabetically) key that was never read. */
    void end() {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!consumed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw failAt(unknown.iterator().next(), "unknown key");
        }
    }

    private JsonNode required(String key) {
        consumed.add(key);
        JsonNode value = node.get(key);
        if (value == null) {
            throw failAt(key, "required but missing");
        }
        return value;
    }

    private Optional<JsonNode> optional(String key) {
        consumed.add(key);
        return Optional.ofNullable(node.get(key));
    }

    private JsonNode arrayNode(String key) {
        JsonNode array = optional(key).orElse(null);
        if (array == null) {
            return SpecJson.NODES.arrayNode();
        }
        if (!array.isArray()) {
            throw failAt(key, "expected an array, got " + kind(array));
        }
        return array;
    }

    private String textNode(JsonNode value, String key) {
        if (!value.isTextual()) {
            throw failAt(key, "expected a string, got " + kind(value));
        }
        return value.textValue();
    }

    private int integerNode(JsonNode value, String key) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw failAt(key, "expected an integer, got " + kind(value));
        }
        return value.intValue();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String kind(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? "the integer " + value.asText() : "an integer out of range";
        }
        if (value.isNumber()) {
            String text = JsonValues.decimal(value).toPlainString();
            return text.length() <= MAX_SHOWN_NUMBER ? "the number " + text : "a long number";
        }
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
        };
    }
}
