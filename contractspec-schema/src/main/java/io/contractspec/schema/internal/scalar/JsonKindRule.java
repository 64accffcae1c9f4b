package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.internal.ScalarFailure;
import io.contractspec.schema.internal.ScalarRule;

/**
 * A scalar defined by its JSON kind alone: String, Boolean, JSONObject, or any value (JSON). Free
 * JSON (objects, any value) may hold numbers only within the range of a double.
 */
public final class JsonKindRule implements ScalarRule {

    private final JsonNodeType kind;
    private final String expected;
    private final ObjectNode fragment;

    private JsonKindRule(JsonNodeType kind, String expected, ObjectNode fragment) {
        this.kind = kind;
        this.expected = expected;
        this.fragment = fragment;
    }

    /** Any JSON string. */
    public static JsonKindRule string() {
        return new JsonKindRule(JsonNodeType.STRING, "a string", Fragments.ofType("string"));
    }

    /** JSON {@code true} or {@code false}; never a string or number standing for one. */
    public static JsonKindRule bool() {
        return new JsonKindRule(JsonNodeType.BOOLEAN, "a boolean (true or false)", Fragments.ofType("boolean"));
    }

    /** Any JSON object. */
    public static JsonKindRule object() {
        return new JsonKindRule(JsonNodeType.OBJECT, "an object", Fragments.ofType("object"));
    }

    /** Any JSON value. */
    public static JsonKindRule any() {
        return new JsonKindRule(null, "any value", JsonNodeFactory.instance.objectNode());
    }

    @Override
    public ScalarFailure check(JsonNode value) {
        if (kind == JsonNodeType.STRING && value instanceof TextNode
                || kind == JsonNodeType.OBJECT && value instanceof ObjectNode) {
            // the usual nodes, told by their class: a kind check on JsonNode is a megamorphic call
            return kind == JsonNodeType.OBJECT ? FiniteNumbers.inside(value) : null;
        }
        if (kind != null && value.getNodeType() != kind) {
            return Failures.type(expected, value);
        }
        return kind == JsonNodeType.OBJECT || kind == null ? FiniteNumbers.inside(value) : null;
    }

    @Override
    public ObjectNode jsonSchema() {
        return fragment.deepCopy();
    }
}
