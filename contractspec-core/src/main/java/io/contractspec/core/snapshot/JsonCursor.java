package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.JsonValues;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object being read, with its path in the document. Every getter checks the JSON type and
 * names the path when it is wrong; {@link #end()} rejects the keys nobody asked for, so a typo or
 * content from a newer format is never silently dropped.
 *
 * <p>Cursors are made for every object of a document, so they are cheap: the path is spelled out
 * only when asked for (in errors), and the keys read are counted rather than collected.
 */
final class JsonCursor {

    private static final int MAX_SHOWN_NUMBER = 40;
    private static final int NO_INDEX = -1;

    private final JsonNode node;
    private final JsonCursor parent;
    /** The key in the parent object, or the whole path for a cursor without parent. */
    private final String key;
    /** The index in the array at {@link #key}, or {@link #NO_INDEX}. */
    private final int index;
    private final ReadCache cache;
    /** The distinct keys of this object that were read, so that {@link #end()} is mostly a count. */
    private String[] read;
    private int readCount;
    /** One bit per key read, by hash: a key whose bit is clear was not read. */
    private long readBits;

    private JsonCursor(JsonNode node, JsonCursor parent, String key, int index, ReadCache cache) {
        this.node = node;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.cache = cache;
    }

    /**
     * The cursor over an object at {@code path}, the root of a read with its own
     * {@link ReadCache}; fails when the value is not an object.
     */
    static JsonCursor of(JsonNode node, String path) {
        requireObject(node, path);
        return new JsonCursor(node, null, path, NO_INDEX, new ReadCache());
    }

    String path() {
        if (parent == null) {
            return key;
        }
        String at = parent.child(key);
        return index == NO_INDEX ? at : at + "[" + index + "]";
    }

    /** What was read from subtrees of this document so far. */
    ReadCache cache() {
        return cache;
    }

    /**
     * The value {@code reader} reads from this object, read once per node of the document: a node
     * used in many places (see {@link SharedTree}) is read where it is first used.
     */
    <T> T once(Map<JsonNode, T> results, Function<JsonCursor, T> reader) {
        T known = results.get(node);
        if (known != null) {
            return known;
        }
        T value = reader.apply(this);
        results.put(node, value);
        return value;
    }

    SnapshotException fail(String reason) {
        return new SnapshotException(path(), reason);
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
        JsonNode value = present(key);
        return value == null ? fallback : textNode(value, key);
    }

    Optional<String> optionalText(String key) {
        return optional(key).map(value -> textNode(value, key));
    }

    int integer(String key) {
        return integerNode(required(key), key);
    }

    int integer(String key, int fallback) {
        JsonNode value = present(key);
        return value == null ? fallback : integerNode(value, key);
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
        JsonNode value = present(key);
        if (value != null && !value.isBoolean()) {
            throw failAt(key, "expected true or false, got " + kind(value));
        }
        return value != null && value.booleanValue();
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
        JsonNode array = arrayNode(key);
        List<String> strings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            strings.add(item.isTextual() ? item.textValue() : textNode(item, key + "[" + i + "]"));
        }
        return strings;
    }

    JsonCursor object(String key) {
        return cursor(required(key), key, NO_INDEX);
    }

    /** The object at {@code key}; empty when absent (and, when {@code nullAllowed}, when null). */
    Optional<JsonCursor> optionalObject(String key, boolean nullAllowed) {
        JsonNode value = present(key);
        return value == null || nullAllowed && value.isNull()
                ? Optional.empty()
                : Optional.of(cursor(value, key, NO_INDEX));
    }

    /** An array of objects; empty when absent. */
    List<JsonCursor> objects(String key) {
        JsonNode array = arrayNode(key);
        List<JsonCursor> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            objects.add(cursor(array.get(i), key, i));
        }
        return objects;
    }

    /**
     * Any JSON value, {@code null} included, as it is in the document: the caller hands it to a
     * builder that copies it ({@code Example}, {@code Field.Builder#defaultValue}), since the
     * document's nodes may be shared and must not change.
     */
    JsonNode value(String key) {
        return required(key);
    }

    /** Any JSON value, {@code null} included, as {@link #value(String)}; empty when the key is absent. */
    Optional<JsonNode> optionalValue(String key) {
        return Optional.ofNullable(present(key));
    }

    /** Runs a builder step; its complaint becomes a {@link SnapshotException} at this path. */
    <T> T build(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new SnapshotException(path(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** Rejects the first (alphabetically) key that was never read. */
    void end() {
        if (readCount == node.size()) {
            return;
        }
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!wasRead(name)) {
                unknown.add(name);
            }
        }
        throw failAt(unknown.iterator().next(), "unknown key");
    }

    private JsonCursor cursor(JsonNode value, String key, int index) {
        if (!value.isObject()) {
            requireObject(value, index == NO_INDEX ? child(key) : child(key) + "[" + index + "]");
        }
        return new JsonCursor(value, this, key, index, cache);
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new SnapshotException(path, "expected an object, got " + kind(node));
        }
    }

    private JsonNode required(String key) {
        JsonNode value = present(key);
        if (value == null) {
            throw failAt(key, "required but missing");
        }
        return value;
    }

    private Optional<JsonNode> optional(String key) {
        return Optional.ofNullable(present(key));
    }

    /** The value at {@code key}, or {@code null}; either way the key counts as read. */
    private JsonNode present(String key) {
        JsonNode value = node.get(key);
        if (value != null && !wasRead(key)) {
            if (read == null) {
                read = new String[node.size()];
            }
            read[readCount++] = key;
            readBits |= 1L << key.hashCode();
        }
        return value;
    }

    private boolean wasRead(String key) {
        if ((readBits & 1L << key.hashCode()) == 0) {
            return false;
        }
        for (int i = 0; i < readCount; i++) {
            if (read[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode arrayNode(String key) {
        JsonNode array = present(key);
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
        String path = path();
        return path.isEmpty() ? key : path + "." + key;
    }

    static String kind(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? "the integer " + value.asText() : "an integer out of range";
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return "a number that is not finite"; // only a tree built in code can hold one; JSON text cannot
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
