package io.contractspec.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Channel;
import io.contractspec.runtime.OperationExecutor;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Calls one operation for a {@code tools/call}: the caller's principal, an idempotency key from the
 * request's {@code _meta}, then the executor — authorization, rate limit, validation, idempotency,
 * events, audit and telemetry happen there, exactly as for REST. Nothing here validates or
 * authorizes on its own.
 */
public final class ToolCall implements BiFunction<McpSyncServerExchange, McpSchema.CallToolRequest, McpSchema.CallToolResult> {

    /** The {@code _meta} entry of a {@code tools/call} request that carries the idempotency key. */
    public static final String IDEMPOTENCY_KEY = "contractspec.io/idempotencyKey";
    private static final int MAX_IDEMPOTENCY_KEY = 255;

    private final OperationExecutor executor;
    private final String key;
    private final String version;
    private final Caller fallback;

    public ToolCall(OperationExecutor executor, String key, String version, Caller fallback) {
        this.executor = executor;
        this.key = key;
        this.version = version;
        this.fallback = fallback;
    }

    @Override
    public McpSchema.CallToolResult apply(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Caller caller = Caller.from(exchange.transportContext(), fallback);
        CallContext.Builder context = CallContext.builder().channel(Channel.MCP);
        caller.principal().ifPresent(context::principal);
        Object idempotencyKey = meta(request).get(IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            if (!validKey(idempotencyKey)) {
                CallContext call = context.build();
                return ToolResults.failure(Problem.of(StandardCode.BAD_REQUEST)
                        .detail("_meta." + IDEMPOTENCY_KEY + " must be a string of 1 to " + MAX_IDEMPOTENCY_KEY
                                + " visible ASCII characters.")
                        .traceId(call.traceId())
                        .build());
            }
            context.idempotencyKey((String) idempotencyKey);
        }
        JsonNode input = JsonMaps.toTree(request.arguments());
        return ToolResults.of(executor.execute(key, version, input, context.build()));
    }

    private static Map<String, Object> meta(McpSchema.CallToolRequest request) {
        return request.meta() == null ? Map.of() : request.meta();
    }

    private static boolean validKey(Object value) {
        return value instanceof String text && !text.isEmpty() && text.length() <= MAX_IDEMPOTENCY_KEY
                && text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
