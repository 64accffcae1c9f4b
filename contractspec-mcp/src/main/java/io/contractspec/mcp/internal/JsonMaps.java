package io.contractspec.mcp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Conversions between our Jackson trees and the plain maps the MCP SDK's records hold. */
public final class JsonMaps {

    /** One mapper for every conversion; it is thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private JsonMaps() {}

    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }

    /** The SDK hands us arguments as a map (or nothing); the executor takes a tree. */
    public static JsonNode toTree(Object value) {
        return value == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(value);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
