package io.contractspec.mcp;

import io.contractspec.annotations.PublicApi;
import io.contractspec.mcp.internal.Caller;
import io.contractspec.mcp.internal.HttpGateway;
import io.contractspec.mcp.internal.HttpSessions;
import io.contractspec.mcp.internal.ProtectedResource;
import io.contractspec.mcp.internal.TrackedTransport;
import io.contractspec.mcp.internal.TypedMcpMapper;
import io.contractspec.rest.auth.Authenticator;
import io.javalin.config.JavalinConfig;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Streamable HTTP for an {@link McpSurface}, mounted on the REST server's Javalin (same port) by
 * {@code RestConfig.javalin(…)}: the MCP endpoint (default {@code /mcp}), authenticated with the
 * REST server's {@link Authenticator} on every request, sessions that expire when idle (default 30
 * minutes), and the RFC 9728 metadata at {@code /.well-known/oauth-protected-resource} plus
 * {@code /.well-known/oauth-protected-resource/mcp}, naming the authorization servers when given.
 * A request in a session is answered with one {@code application/json} body (an SSE stream only
 * when its tool sends progress or log messages first), which streamable HTTP allows and which
 * costs about what a REST answer costs; initialize and the GET stream are the SDK's.
 *
 * <pre>{@code
 * RestServer.create(executor, rest -> rest
 *     .authenticator(jwt)
 *     .javalin(McpHttp.builder(McpSurface.create(executor)).authenticator(jwt)
 *         .authorizationServer("https://login.example.com/").build()));
 * }</pre>
 */
@PublicApi
public final class McpHttp implements Consumer<JavalinConfig> {

    /** The default path of the endpoint. */
    public static final String PATH = "/mcp";
    /** The default idle time after which a session expires. */
    public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    private final Builder builder;

    private McpHttp(Builder builder) {
        this.builder = builder;
    }

    /** The surface at {@code /mcp}, authenticated with {@code authenticator}, with the defaults. */
    public static McpHttp mount(McpSurface surface, Authenticator authenticator) {
        return builder(surface).authenticator(authenticator).build();
    }

    public static Builder builder(McpSurface surface) {
        return new Builder(Objects.requireNonNull(surface, "surface"));
    }

    @Override
    public void accept(JavalinConfig config) {
        TrackedTransport transport = new TrackedTransport(HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(TypedMcpMapper.INSTANCE)
                .mcpEndpoint(builder.path)
                .contextExtractor(request -> request.getAttribute(HttpGateway.CALLER_ATTRIBUTE) instanceof Caller caller
                        ? caller.toTransportContext() : McpTransportContext.EMPTY)
                .build());
        builder.surface.serve(transport);
        String metadataPath = ProtectedResource.WELL_KNOWN + builder.path;
        HttpGateway gateway = new HttpGateway(transport, builder.authenticator,
                new HttpSessions(builder.sessionTimeout, builder.clock), metadataPath);
        config.jetty.modifyServletContextHandler(context -> {
            ServletHolder holder = new ServletHolder(gateway);
            holder.setAsyncSupported(true);
            context.addServlet(holder, builder.path);
        });
        ProtectedResource metadata = new ProtectedResource(builder.path, builder.authorizationServers,
                builder.surface.serverName());
        config.routes.get(metadataPath, metadata::serve);
        config.routes.get(ProtectedResource.WELL_KNOWN, metadata::serve);
    }

    /** Settings of the mount; only the authenticator is required. */
    public static final class Builder {

        private final McpSurface surface;
        private Authenticator authenticator;
        private String path = PATH;
        private Duration sessionTimeout = SESSION_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private final List<String> authorizationServers = new ArrayList<>();

        private Builder(McpSurface surface) {
            this.surface = surface;
        }

        /** Who calls: the REST server's authenticator; a request it does not authenticate gets 401. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        public Builder path(String path) {
            if (path == null || !path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
                throw new IllegalArgumentException("the MCP path must start with '/' and not end with one, got '" + path + "'");
            }
            this.path = path;
            return this;
        }

        /** A session unused for this long is closed; its next request gets 404 and the client initializes anew. */
        public Builder sessionTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the session timeout must be positive, got " + timeout);
            }
            this.sessionTimeout = timeout;
            return this;
        }

        /** The clock sessions expire by (a controllable one in tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The issuer of the tokens, listed as an authorization server in the protected-resource metadata. */
        public Builder authorizationServer(String issuer) {
            authorizationServers.add(Objects.requireNonNull(issuer, "issuer"));
            return this;
        }

        public McpHttp build() {
            if (authenticator == null) {
                throw new IllegalStateException("McpHttp needs the authenticator of the REST server (authenticator(…))");
            }
            return new McpHttp(this);
        }
    }
}
