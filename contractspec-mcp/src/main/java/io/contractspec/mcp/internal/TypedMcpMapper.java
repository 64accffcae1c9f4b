package io.contractspec.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SDK's Jackson mapper on our {@link JsonMaps#MAPPER}, except that converting a value to a
 * class it already is an instance of returns it as is. The SDK converts every request's params to
 * their record ({@code CallToolRequest}, …) by writing them out and reading them back; the gateway
 * reads a {@code tools/call} body straight into that record ({@link JsonRpcBodies}), so the
 * conversion would only repeat the work.
 *
 * <p>It also writes an {@link McpError} as the JSON-RPC error it carries: the SDK's servlet writes
 * the exception itself when it turns a request away (a malformed body, a missing Accept type, an
 * unknown session), which would send the client its stack trace.
 */
public final class TypedMcpMapper implements McpJsonMapper {

    public static final TypedMcpMapper INSTANCE = new TypedMcpMapper();

    private final JacksonMcpJsonMapper jackson = new JacksonMcpJsonMapper(JsonMaps.MAPPER);

    private TypedMcpMapper() {}

    @Override
    public <T> T readValue(String content, Class<T> type) throws IOException {
        return jackson.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, Class<T> type) throws IOException {
        return jackson.readValue(content, type);
    }

    @Override
    public <T> T readValue(String content, TypeRef<T> type) throws IOException {
        return jackson.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
        return jackson.readValue(content, type);
    }

    @Override
    public <T> T convertValue(Object fromValue, Class<T> type) {
        return type.isInstance(fromValue) ? type.cast(fromValue) : jackson.convertValue(fromValue, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T convertValue(Object fromValue, TypeRef<T> type) {
        // A plain class only: an instance of List says nothing about its elements' type.
        return type.getType() instanceof Class<?> target && target.isInstance(fromValue)
                ? (T) fromValue : jackson.convertValue(fromValue, type);
    }

    @Override
    public String writeValueAsString(Object value) throws IOException {
        return jackson.writeValueAsString(value instanceof McpError error ? errorResponse(error) : value);
    }

    /** A response to a request whose id is unknown, as JSON-RPC writes it: {@code "id": null}. */
    private static Map<String, Object> errorResponse(McpError error) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        response.put("id", null);
        response.put("error", error.getJsonRpcError() != null ? error.getJsonRpcError()
                : new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR, error.getMessage(), null));
        return response;
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return jackson.writeValueAsBytes(value);
    }
}
