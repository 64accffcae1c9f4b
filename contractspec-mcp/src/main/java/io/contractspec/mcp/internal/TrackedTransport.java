package io.contractspec.mcp.internal;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The SDK's streamable HTTP transport, with a record of the sessions it starts: the gateway answers
 * a session's requests itself with one JSON body ({@link JsonAnswers}) and needs the session for
 * that; everything else (initialize, the GET stream, DELETE) stays with the SDK's servlet.
 */
public final class TrackedTransport implements McpStreamableServerTransportProvider {

    private final HttpServletStreamableServerTransportProvider servlet;
    private final Map<String, McpStreamableServerSession> sessions = new ConcurrentHashMap<>();
    private volatile boolean closing;

    public TrackedTransport(HttpServletStreamableServerTransportProvider servlet) {
        this.servlet = servlet;
    }

    HttpServletStreamableServerTransportProvider servlet() {
        return servlet;
    }

    /** The open session with this id; empty once it was deleted, expired or the server is closing. */
    Optional<McpStreamableServerSession> session(String sessionId) {
        return closing ? Optional.empty() : Optional.ofNullable(sessions.get(sessionId));
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    @Override
    public void setSessionFactory(McpStreamableServerSession.Factory factory) {
        servlet.setSessionFactory(initializeRequest -> {
            McpStreamableServerSession.McpStreamableServerSessionInit init = factory.startSession(initializeRequest);
            sessions.put(init.session().getId(), init.session());
            return init;
        });
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return servlet.notifyClients(method, params);
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return servlet.notifyClient(sessionId, method, params);
    }

    @Override
    public List<String> protocolVersions() {
        return servlet.protocolVersions();
    }

    @Override
    public Mono<Void> closeGracefully() {
        closing = true;
        sessions.clear();
        return servlet.closeGracefully();
    }
}
