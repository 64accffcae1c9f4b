package io.contractspec.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the body of a POST that the gateway answers itself: a well-formed JSON-RPC 2.0 request
 * (an id that is a string or an integer, a method, params that are an object or absent), other
 * than {@code initialize}. The body is parsed once, and a {@code tools/call}'s params go straight
 * into their record. Anything else — notifications, responses, malformed bodies — is left to the
 * SDK, which answers it as it always does.
 */
final class JsonRpcBodies {

    private JsonRpcBodies() {}

    static Optional<McpSchema.JSONRPCRequest> request(byte[] body) {
        try {
            JsonNode message = JsonMaps.MAPPER.readTree(body);
            if (message == null || !message.isObject() || !"2.0".equals(message.path("jsonrpc").textValue())) {
                return Optional.empty();
            }
            String method = message.path("method").textValue();
            Object id = id(message.get("id"));
            JsonNode params = message.get("params");
            if (method == null || id == null || McpSchema.METHOD_INITIALIZE.equals(method)
                    || (params != null && !params.isObject())) {
                return Optional.empty();
            }
            return Optional.of(new McpSchema.JSONRPCRequest("2.0", method, id, params(method, params)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();   // the SDK reports it in its own words
        }
    }

    private static Object id(JsonNode id) {
        if (id == null) {
            return null;
        }
        if (id.isTextual()) {
            return id.textValue();
        }
        return id.isInt() || id.isLong() ? id.numberValue() : null;   // the SDK's responses take Integer or Long
    }

    private static Object params(String method, JsonNode params) throws IOException {
        if (params == null) {
            return null;
        }
        Class<?> type = McpSchema.METHOD_TOOLS_CALL.equals(method) ? McpSchema.CallToolRequest.class : Object.class;
        return JsonMaps.MAPPER.treeToValue(params, type);
    }
}
