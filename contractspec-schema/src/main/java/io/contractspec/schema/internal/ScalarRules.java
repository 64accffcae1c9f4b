package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Scalar;

/**
 * The wire rules of the built-in scalars and their exact JSON Schema fragments.
 * PLACEHOLDER: only the basic rules are real; the format scalars are completed separately.
 */
public final class ScalarRules {

    private ScalarRules() {}

    public static final ScalarRule STRING = v -> v.isTextual() ? null : type("a string", v);
    public static final ScalarRule NON_EMPTY_STRING = STRING;
    public static final ScalarRule INT = v -> v.canConvertToExactIntegral() && v.canConvertToLong() ? null : type("an integer", v);
    public static final ScalarRule FLOAT = v -> v.isNumber() ? null : type("a number", v);
    public static final ScalarRule BOOLEAN = v -> v.isBoolean() ? null : type("a boolean", v);
    public static final ScalarRule ID = STRING;
    public static final ScalarRule JSON = v -> null;
    public static final ScalarRule JSON_OBJECT = v -> v.isObject() ? null : type("an object", v);
    public static final ScalarRule DATE = STRING;
    public static final ScalarRule DATE_TIME = STRING;
    public static final ScalarRule TIME = STRING;
    public static final ScalarRule EMAIL_ADDRESS = STRING;
    public static final ScalarRule URL = STRING;
    public static final ScalarRule PHONE_NUMBER = STRING;
    public static final ScalarRule LOCALE = STRING;
    public static final ScalarRule TIME_ZONE = STRING;
    public static final ScalarRule CURRENCY = STRING;
    public static final ScalarRule COUNTRY_CODE = STRING;
    public static final ScalarRule LATITUDE = FLOAT;
    public static final ScalarRule LONGITUDE = FLOAT;
    public static final ScalarRule UUID = STRING;

    public static ObjectNode jsonSchema(Scalar scalar) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (scalar.jsonType()) {
            case STRING -> node.put("type", "string");
            case INTEGER -> node.put("type", "integer");
            case NUMBER -> node.put("type", "number");
            case BOOLEAN -> node.put("type", "boolean");
            case OBJECT -> node.put("type", "object");
            case ANY -> { }
        }
        return node;
    }

    private static ScalarFailure type(String expected, JsonNode value) {
        return new ScalarFailure("type", "expected " + expected + ", got " + Describe.kind(value));
    }
}
