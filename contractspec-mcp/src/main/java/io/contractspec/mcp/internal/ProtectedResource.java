package io.contractspec.mcp.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/**
 * The OAuth 2.0 Protected Resource Metadata (RFC 9728) of the MCP endpoint, which MCP clients
 * discover from the {@code resource_metadata} of a 401: the resource's URL, that tokens travel in
 * the {@code Authorization} header, and the authorization servers that issue them, when configured.
 */
public final class ProtectedResource {

    /** Where RFC 9728 puts the document of a resource at {@code path}: the well-known prefix, then the path. */
    public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final String mcpPath;
    private final List<String> authorizationServers;
    private final String resourceName;

    public ProtectedResource(String mcpPath, List<String> authorizationServers, String resourceName) {
        this.mcpPath = mcpPath;
        this.authorizationServers = List.copyOf(authorizationServers);
        this.resourceName = resourceName;
    }

    public void serve(Context ctx) {
        ObjectNode document = JsonMaps.MAPPER.createObjectNode()
                .put("resource", HttpGateway.baseUrl(ctx.req()) + mcpPath)
                .put("resource_name", resourceName);
        if (!authorizationServers.isEmpty()) {
            authorizationServers.forEach(document.putArray("authorization_servers")::add);
        }
        document.putArray("bearer_methods_supported").add("header");
        ctx.contentType("application/json").result(JsonMaps.write(document));
    }
}
