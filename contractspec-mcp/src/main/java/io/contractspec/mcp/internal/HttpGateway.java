package io.contractspec.mcp.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.Principal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The servlet in front of the SDK's streamable HTTP transport: every request is authenticated with
 * the REST server's {@link Authenticator} (no or bad token: 401 with a {@code WWW-Authenticate}
 * challenge naming the protected-resource metadata, RFC 9728); a session answers only to whoever
 * opened it and expires when idle. The caller travels to the tools in the SDK's transport context.
 * A session's requests are answered here with one JSON body ({@link JsonAnswers}); the rest goes
 * to the SDK's servlet.
 */
public final class HttpGateway extends HttpServlet {

    public static final String CALLER_ATTRIBUTE = Caller.class.getName();
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    private final transient TrackedTransport transport;
    private final transient JsonAnswers answers;
    private final transient Authenticator authenticator;
    private final transient HttpSessions sessions;
    private final String metadataPath;

    public HttpGateway(TrackedTransport transport, Authenticator authenticator, HttpSessions sessions,
            String metadataPath) {
        this.transport = transport;
        this.answers = new JsonAnswers(transport);
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.metadataPath = metadataPath;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal principal = authenticate(request, response);
        if (principal == null) {
            return;
        }
        String sessionId = request.getHeader(SESSION_HEADER);
        if (sessionId != null) {
            HttpSessions.Access access = sessions.access(sessionId, principal);
            if (access == HttpSessions.Access.EXPIRED) {
                sessions.closed(sessionId);
                close(request, response, sessionId);
            }
            if (access == HttpSessions.Access.EXPIRED || access == HttpSessions.Access.FOREIGN) {
                sessionNotFound(response, sessionId);
                return;
            }
        }
        closeExpired(request, response);
        Caller caller = Caller.of(principal);
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        Optional<HttpServletRequest> forSdk = sessionId == null ? Optional.of(request)
                : answers.answer(request, response, sessionId, caller);
        if (forSdk.isEmpty()) {
            return;
        }
        try {
            transport.servlet().service(forSdk.get(), new BulkWriterResponse(response));
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
        String opened = response.getHeader(SESSION_HEADER);
        if (sessionId == null && opened != null && response.getStatus() == HttpServletResponse.SC_OK) {
            sessions.opened(opened, principal);
        } else if (sessionId != null && "DELETE".equals(request.getMethod())) {
            sessions.closed(sessionId);
            transport.forget(sessionId);
        }
    }

    private Principal authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthenticationResult result = authenticator.authenticate(name -> Optional.ofNullable(request.getHeader(name)));
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            return authenticated.principal();
        }
        if (result instanceof AuthenticationResult.Unavailable unavailable) {
            problem(response, Problem.of(StandardCode.UNAVAILABLE).detail(unavailable.detail()).build());
            return null;
        }
        String challenge = "Bearer";
        String detail = "The MCP endpoint needs a bearer token.";
        if (result instanceof AuthenticationResult.Rejected rejected) {
            challenge = rejected.challenge();
            detail = rejected.detail();
        }
        String separator = challenge.contains(" ") ? ", " : " ";
        response.setHeader("WWW-Authenticate", challenge + separator + "resource_metadata=\"" + baseUrl(request) + metadataPath + "\"");
        problem(response, Problem.of(StandardCode.UNAUTHENTICATED).detail(detail).build());
        return null;
    }

    /** Idle sessions are closed in the SDK too, so that their streams and state do not pile up. */
    private void closeExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String expired : sessions.takeExpired()) {
            close(request, response, expired);
        }
    }

    private void close(HttpServletRequest request, HttpServletResponse response, String sessionId) throws IOException {
        transport.forget(sessionId);
        try {
            transport.servlet().service(new SessionDelete(request, sessionId), new SessionDelete.Discarded(response));
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    private static void sessionNotFound(HttpServletResponse response, String sessionId) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.getOutputStream().write(JsonMaps.write(java.util.Map.of("jsonrpc", "2.0", "error", java.util.Map.of(
                "code", -32001, "message", "Session " + sessionId + " has expired or does not exist; initialize a new one.")))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JsonMaps.write(problem.toJson()).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code http://host:port} as the client reached the server (its Host header). */
    static String baseUrl(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return request.getScheme() + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
    }
}
