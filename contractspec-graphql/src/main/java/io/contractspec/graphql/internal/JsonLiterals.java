package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Converts between the values graphql-java hands a scalar (query literals, coerced variables,
 * fetched values) and JSON, so that a scalar can be checked by the same rule the validator uses.
 */
public final class JsonLiterals {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonLiterals() {}

    /** A query literal as JSON; variables inside object and list literals are resolved. */
    public static JsonNode fromLiteral(Value<?> literal, CoercedVariables variables) {
        if (literal instanceof StringValue string) {
            return NODES.textNode(string.getValue());
        }
        if (literal instanceof IntValue integer) {
            return NODES.numberNode(integer.getValue());
        }
        if (literal instanceof FloatValue decimal) {
            return NODES.numberNode(decimal.getValue());
        }
        if (literal instanceof BooleanValue bool) {
            return NODES.booleanNode(bool.isValue());
        }
        if (literal instanceof NullValue) {
            return NODES.nullNode();
        }
        if (literal instanceof EnumValue enumValue) {
            return NODES.textNode(enumValue.getName());
        }
        if (literal instanceof VariableReference reference) {
            return fromValue(variables.get(reference.getName()));
        }
        if (literal instanceof ArrayValue array) {
            ArrayNode node = NODES.arrayNode();
            array.getValues().forEach(value -> node.add(fromLiteral(value, variables)));
            return node;
        }
        ObjectNode object = NODES.objectNode();
        for (ObjectField field : ((ObjectValue) literal).getObjectFields()) {
            object.set(field.getName(), fromLiteral(field.getValue(), variables));
        }
        return object;
    }

    /** A Java value (from JSON variables or a coerced input) as JSON. */
    public static JsonNode fromValue(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), fromValue(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(fromValue(item)));
            return array;
        }
        return NODES.textNode(value.toString());
    }

    /** A JSON leaf as the plain Java value graphql-java serializes (text, number, boolean). */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node;
    }
}
