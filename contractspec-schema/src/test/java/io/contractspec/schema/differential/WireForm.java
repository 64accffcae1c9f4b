package io.contractspec.schema.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A generated payload as a server would see it: written as JSON text and read back, so both
 * validators judge the node types a parser really produces (IntNode, LongNode, BigIntegerNode,
 * DoubleNode) rather than whatever the generator built in memory.
 */
public final class WireForm {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WireForm() {}

    public static JsonNode of(JsonNode generated) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(generated));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated payload must be writable JSON: " + generated, e);
        }
    }
}
