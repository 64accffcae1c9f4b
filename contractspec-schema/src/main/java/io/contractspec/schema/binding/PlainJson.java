package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON trees and plain Java values: {@code Map<String, Object>} (in key order),
 * {@code List<Object>}, {@code String}, {@code Boolean}, numbers and {@code null}. Numbers read as
 * the parser stored them ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} or
 * {@code BigDecimal}). Read maps and lists are unmodifiable.
 */
final class PlainJson {

    private PlainJson() {}

    static Object toJava(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> toMap(node);
            case ARRAY -> toList(node);
            case STRING -> node.textValue();
            case NUMBER -> node.numberValue();
            case BOOLEAN -> node.booleanValue();
            case NULL, MISSING -> null;
            case BINARY, POJO -> node.asText();
        };
    }

    static JsonNode toNode(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        } else if (value instanceof String text) {
            return TextNode.valueOf(text);
        } else if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        } else if (value instanceof Number number) {
            return numberNode(number);
        } else if (value instanceof Map<?, ?> map) {
            return objectNode(map);
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode(items.size());
            int index = 0;
            for (Object item : items) {
                array.add(atIndex(index++, item));
            }
            return array;
        }
        throw new Failure("cannot write a " + value.getClass().getName()
                + " as JSON; use maps, lists, strings, numbers, booleans and null");
    }

    private static Map<String, Object> toMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), toJava(field.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Object> toList(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(toJava(item)));
        return Collections.unmodifiableList(list);
    }

    private static ObjectNode objectNode(Map<?, ?> map) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new Failure("map key " + entry.getKey() + " is not a string");
            }
            try {
                object.set(key, toNode(entry.getValue()));
            } catch (Failure e) {
                throw e.atField(key);
            }
        }
        return object;
    }

    private static JsonNode atIndex(int index, Object item) {
        try {
            return toNode(item);
        } catch (Failure e) {
            throw e.atIndex(index);
        }
    }

    private static JsonNode numberNode(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return NumberCodecs.integral(number.longValue());
        } else if (number instanceof BigInteger big) {
            return big.bitLength() < 64 ? NumberCodecs.integral(big.longValue()) : BigIntegerNode.valueOf(big);
        } else if (number instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        } else if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
            return DoubleNode.valueOf(number.doubleValue());
        }
        throw new Failure("cannot write the number " + number + " (" + number.getClass().getSimpleName() + ") as JSON");
    }
}
