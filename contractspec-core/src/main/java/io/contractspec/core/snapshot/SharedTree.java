package io.contractspec.core.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a JSON tree in which equal subtrees are one node (hash-consing). A snapshot repeats every
 * model wherever it is used, so most of its subtrees are copies; built this way, each distinct one
 * is allocated once, and the reader can read it once ({@link ReadCache}).
 *
 * <p>Two objects are one node only when they hold the same members in the same order, and scalars
 * only when Jackson calls them equal (an {@code IntNode} is never a {@code LongNode}, {@code 1.0}
 * never {@code 1.00}), so a shared node is indistinguishable from the copies it replaces. The tree
 * is read-only: nothing may modify it, since a change would show at every place the node is used.
 */
final class SharedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<Shape, JsonNode> containers = new HashMap<>();
    private final Map<JsonNode, JsonNode> scalars = new HashMap<>();
    private final List<JsonNode> numbers = new ArrayList<>();
    private Frame[] frames = new Frame[16];
    private int depth;
    private JsonNode root;

    private SharedTree() {}

    /**
     * Reads the parser's input, which must be one JSON value alone whose objects have distinct keys
     * (the parser need not check that). {@code numberReader} makes the node of a number from its
     * text, exactly as Jackson's tree reader would.
     *
     * @return the tree, or {@code null} when the input is anything else (no value, more than one,
     *     a key twice in one object); malformed text fails as the parser fails
     */
    static SharedTree parse(JsonParser parser, TextTable.NodeMaker numberReader) throws IOException {
        SharedTree tree = new SharedTree();
        TextTable numberNodes = new TextTable(text -> {
            JsonNode number = numberReader.node(text);
            tree.numbers.add(number);
            return number;
        });
        tree.root = tree.read(parser, new TextTable(TextNode::valueOf), numberNodes);
        return tree.root != null && parser.nextToken() == null ? tree : null;
    }

    /** A copy of a tree in which equal subtrees are one node; other leaves are kept as they are. */
    static SharedTree copy(JsonNode tree) {
        SharedTree copy = new SharedTree();
        copy.root = copy.copyOf(tree);
        return copy;
    }

    JsonNode root() {
        return root;
    }

    /** Every distinct number of the tree, once. */
    List<JsonNode> numbers() {
        return Collections.unmodifiableList(numbers);
    }

    private JsonNode read(JsonParser parser, TextTable textNodes, TextTable numberNodes) throws IOException {
        JsonToken token = parser.nextToken();
        while (token != null) {
            JsonNode value;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    open(token == JsonToken.START_OBJECT);
                    token = parser.nextToken();
                    continue;
                }
                case FIELD_NAME -> {
                    frames[depth - 1].name = parser.currentName();
                    token = parser.nextToken();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    value = close();
                    if (value == null) {
                        return null;
                    }
                }
                case VALUE_STRING -> value = textNodes.node(
                        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = numberNodes.node(
                        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case VALUE_TRUE -> value = BooleanNode.TRUE;
                case VALUE_FALSE -> value = BooleanNode.FALSE;
                case VALUE_NULL -> value = NullNode.instance;
                default -> throw new IllegalStateException("unexpected token in JSON text: " + token);
            }
            if (depth == 0) {
                return value;
            }
            frames[depth - 1].add(value);
            token = parser.nextToken();
        }
        return null;
    }

    private JsonNode copyOf(JsonNode node) {
        if (node.isContainerNode()) {
            open(node.isObject());
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = members.next();
                    frames[depth - 1].name = member.getKey();
                    frames[depth - 1].add(copyOf(member.getValue()));
                }
            } else {
                for (JsonNode item : node) {
                    frames[depth - 1].add(copyOf(item));
                }
            }
            return close();
        }
        if (node.isTextual() || node.isNumber() || node.isBoolean() || node.isNull()) {
            JsonNode known = scalars.putIfAbsent(node, node);
            if (known == null && node.isNumber()) {
                numbers.add(node);
            }
            return known != null ? known : node;
        }
        return node;
    }

    private void open(boolean object) {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        if (frames[depth] == null) {
            frames[depth] = new Frame();
        }
        frames[depth++].start(object);
    }

    /**
     * The node for the container just completed: the one already built when an equal one was;
     * {@code null} for an object that has a key twice.
     */
    private JsonNode close() {
        Frame frame = frames[--depth];
        JsonNode known = containers.get(frame.probe);
        if (known != null) {
            return known;
        }
        JsonNode node = frame.probe.object ? object(frame.probe) : array(frame.probe);
        if (node != null) {
            containers.put(frame.probe.copy(), node);
        }
        return node;
    }

    /** The object, or {@code null} when it has a key twice; an equal shape was never built, so this is checked once. */
    private static ObjectNode object(Shape shape) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < shape.size; i++) {
            if (object.replace(shape.names[i], shape.values[i]) != null) {
                return null;
            }
        }
        return object;
    }

    private static ArrayNode array(Shape shape) {
        ArrayNode array = NODES.arrayNode(shape.size);
        for (int i = 0; i < shape.size; i++) {
            array.add(shape.values[i]);
        }
        return array;
    }

    /** The container being read at one depth; its members go into a reused shape. */
    private static final class Frame {
        final Shape probe = new Shape(false, new String[8], new JsonNode[8], 0, 0);
        String name;

        void start(boolean object) {
            probe.object = object;
            probe.size = 0;
            probe.hash = object ? 1 : 2;
        }

        void add(JsonNode value) {
            probe.add(name, value);
        }
    }

    /**
     * The members of a container whose members are already shared nodes, so that two containers
     * are equal when their names are equal and their values are the same nodes.
     */
    private static final class Shape {
        boolean object;
        String[] names;
        JsonNode[] values;
        int size;
        int hash;

        Shape(boolean object, String[] names, JsonNode[] values, int size, int hash) {
            this.object = object;
            this.names = names;
            this.values = values;
            this.size = size;
            this.hash = hash;
        }

        void add(String name, JsonNode value) {
            if (size == values.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = object ? name : null;
            values[size++] = value;
            hash = 31 * hash + (object ? name.hashCode() * 17 : 0) + System.identityHashCode(value);
        }

        Shape copy() {
            return new Shape(object, Arrays.copyOf(names, size), Arrays.copyOf(values, size), size, hash);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Shape other) || other.hash != hash || other.size != size || other.object != object) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (values[i] != other.values[i] || object && !names[i].equals(other.names[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
