package io.contractspec.mcp.internal;

import io.contractspec.runtime.Principal;
import io.modelcontextprotocol.common.McpTransportContext;
import java.util.Map;
import java.util.Optional;

/**
 * Who calls through an MCP session. HTTP authenticates every request and puts the caller into the
 * SDK's transport context; stdio has one caller for its whole life, fixed at start.
 */
public record Caller(Optional<Principal> principal) {

    static final String KEY = "io.contractspec.mcp.caller";
    public static final Caller ANONYMOUS = new Caller(Optional.empty());

    public static Caller of(Principal principal) {
        return new Caller(Optional.ofNullable(principal));
    }

    public McpTransportContext toTransportContext() {
        return McpTransportContext.create(Map.of(KEY, this));
    }

    /** The caller the transport recorded, else the fallback (the stdio identity). */
    static Caller from(McpTransportContext context, Caller fallback) {
        Object found = context == null ? null : context.get(KEY);
        return found instanceof Caller caller ? caller : fallback;
    }
}
