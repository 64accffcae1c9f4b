package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.JsonType;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns the text of a path, query or header parameter into the JSON value its field expects:
 * numbers for numeric fields, {@code true}/{@code false} (exactly) for booleans, parsed JSON for
 * object and JSON fields, text otherwise. Text that does not fit is passed on as a string, so the
 * pipeline's validation reports it at the field's path (a 422 naming the field), after
 * authorization, like any other invalid input.
 */
@FunctionalInterface
interface TextCoercion {

    /** Longest number literal converted; longer text stays text (and fails validation). */
    int MAX_NUMBER_LENGTH = 200;

    JsonNode coerce(String text);

    static TextCoercion forField(Field field, JsonCodec json) {
        JsonType kind = field.type().jsonType();
        return switch (kind) {
            case INTEGER, NUMBER -> TextCoercion::number;
            case BOOLEAN -> TextCoercion::bool;
            case OBJECT, ANY -> text -> parsedOrText(text, json, kind == JsonType.OBJECT);
            case STRING -> TextNode::valueOf;
        };
    }

    static JsonNode number(String text) {
        if (!isJsonNumber(text)) {
            return TextNode.valueOf(text);
        }
        boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        if (!integral) {
            return DecimalNode.valueOf(new BigDecimal(text));
        }
        if (text.length() < 19) {
            return LongNode.valueOf(Long.parseLong(text));
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }

    static JsonNode bool(String text) {
        return switch (text) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            default -> TextNode.valueOf(text);
        };
    }

    private static JsonNode parsedOrText(String text, JsonCodec json, boolean objectOnly) {
        String trimmed = text.trim();
        boolean looksLikeJson = !trimmed.isEmpty() && (!objectOnly || trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[');
        if (looksLikeJson) {
            try {
                return json.read(trimmed);
            } catch (JsonCodec.MalformedJson notJson) {
                // falls through: validation reports the field as the wrong type
            }
        }
        return TextNode.valueOf(text);
    }

    /** RFC 8259 number syntax: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    static boolean isJsonNumber(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_NUMBER_LENGTH) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = countDigits(text, i);
        if (digits == 0 || digits > 1 && text.charAt(i) == '0') {
            return false;
        }
        i += digits;
        if (i < length && text.charAt(i) == '.') {
            int fraction = countDigits(text, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = countDigits(text, i);
            if (exponent == 0 || exponent > 9) {
                return false;
            }
            i += exponent;
        }
        return i == length;
    }

    private static int countDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
