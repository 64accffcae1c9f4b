package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.JsonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The one JSON text form of the snapshot, also usable for any JSON that must be byte-stable
 * (reports, generated artifacts): object keys sorted by UTF-16 code units (as in RFC 8785), array
 * items in their order, numbers as plain decimals without exponent or trailing zeros (integers
 * without a fraction), 2-space indentation, {@code "key": value}, {@code \n} line ends and a final
 * newline. Strings escape only {@code "}, {@code \}, control characters and unpaired surrogates;
 * everything else is written as is (the caller encodes the text as UTF-8).
 */
@PublicApi
public final class CanonicalJson {

    private CanonicalJson() {}

    /**
     * The canonical text of a JSON tree.
     *
     * @throws IllegalArgumentException for NaN, infinities and nodes that are not JSON values
     */
    public static String write(JsonNode node) {
        return new CanonicalWriter(Set.of()).write(node);
    }

    /**
     * A copy of a JSON tree in canonical form: members inserted in sorted key order and numbers as
     * the node types a JSON parser produces for their canonical text ({@code IntNode},
     * {@code LongNode}, {@code BigIntegerNode}, or {@code DecimalNode} for fractions).
     */
    public static JsonNode canonicalize(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            for (String name : sortedNames(node)) {
                copy.set(name, canonicalize(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = nodes.arrayNode(node.size());
            node.forEach(item -> copy.add(canonicalize(item)));
            return copy;
        }
        if (node.isNumber()) {
            return number(JsonValues.decimal(node));
        }
        requireValue(node);
        return node.deepCopy();
    }

    private static JsonNode number(BigDecimal value) {
        if (value.scale() > 0) {
            return DecimalNode.valueOf(value);
        }
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < Integer.SIZE) {
            return IntNode.valueOf(integer.intValue());
        }
        return integer.bitLength() < Long.SIZE ? LongNode.valueOf(integer.longValue()) : BigIntegerNode.valueOf(integer);
    }

    private static List<String> sortedNames(JsonNode node) {
        List<String> names = new ArrayList<>(node.size());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        names.sort(null);
        return names;
    }

    static void requireValue(JsonNode node) {
        if (!node.isTextual() && !node.isBoolean() && !node.isNull() && !node.isContainerNode() && !node.isNumber()) {
            throw new IllegalArgumentException("not a JSON value: a " + node.getNodeType() + " node");
        }
    }
}
