package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.Describe;

/**
 * Codecs for the {@code JSON} and {@code JSONObject} scalars. Trees are copied both ways so that a
 * record never shares a mutable node with a payload.
 */
final class JsonCodecs {

    static final ValueCodec ANY = ValueCodec.of(JsonNode::deepCopy, value -> notNull((JsonNode) value).deepCopy());

    static final ValueCodec OBJECT_NODE =
            ValueCodec.of(node -> object(node).deepCopy(), value -> ((ObjectNode) value).deepCopy());

    static final ValueCodec OBJECT_AS_JSON_NODE =
            ValueCodec.of(node -> object(node).deepCopy(), value -> object((JsonNode) value).deepCopy());

    static final ValueCodec OBJECT_AS_MAP =
            ValueCodec.of(node -> PlainJson.toJava(object(node)), value -> object(PlainJson.toNode(value)));

    private JsonCodecs() {}

    private static ObjectNode object(JsonNode node) {
        if (!node.isObject()) {
            throw new Failure("expected a JSON object, got " + Describe.kind(node));
        }
        return (ObjectNode) node;
    }

    /** A JSON null node would slip past the field's null handling; a null component expresses it. */
    private static JsonNode notNull(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            throw new Failure("holds a JSON null node; leave the component null (or empty) instead");
        }
        return node;
    }
}
