package io.contractspec.mcp.internal;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a session's JSON-RPC requests with one {@code application/json} body, which streamable
 * HTTP allows instead of an SSE stream when the client accepts both: the request runs in the
 * session exactly as the SDK's servlet runs it ({@code responseStream}, with the caller in the
 * transport context), but its answer is serialized once, straight to bytes, and sent with a length
 * — no asynchronous response, no SSE framing, no flush before completion. The body is read once;
 * a {@code tools/call}'s params go straight into their record. Initialize, notifications,
 * responses, malformed bodies, GET and DELETE stay with the SDK's servlet.
 */
final class JsonAnswers {

    /** The SDK's own limit for a request body. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final TrackedTransport transport;

    JsonAnswers(TrackedTransport transport) {
        this.transport = transport;
    }

    /** The request to hand to the SDK's servlet; empty when it has been answered here. */
    Optional<HttpServletRequest> answer(HttpServletRequest request, HttpServletResponse response, String sessionId,
            Caller caller) throws IOException {
        Optional<McpStreamableServerSession> session = transport.session(sessionId);
        if (!"POST".equals(request.getMethod()) || session.isEmpty() || !acceptsBoth(request.getHeader("Accept"))
                || request.getContentLengthLong() > MAX_BODY) {
            return Optional.of(request);
        }
        byte[] body = readBody(request.getInputStream());
        if (body == null) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return Optional.empty();
        }
        Optional<McpSchema.JSONRPCRequest> call = JsonRpcBodies.request(body);
        if (call.isEmpty()) {
            return Optional.of(new ReplayedBody(request, body));
        }
        run(session.get(), call.get(), caller.toTransportContext(), response);
        return Optional.empty();
    }

    private static void run(McpStreamableServerSession session, McpSchema.JSONRPCRequest call, McpTransportContext context,
            HttpServletResponse response) throws IOException {
        JsonAnswerStream stream = new JsonAnswerStream(call.id(), response);
        try {
            session.responseStream(call, stream).contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block();
        } catch (RuntimeException e) {
            if (stream.answered() || response.isCommitted()) {
                throw e;
            }
            internalError(response, call.id(), e);
        }
    }

    /** The SDK turns a handler's failure into a JSON-RPC error itself; this is for the transport failing. */
    private static void internalError(HttpServletResponse response, Object id, RuntimeException e) throws IOException {
        byte[] json = JsonMaps.write(Map.of("jsonrpc", "2.0", "id", id, "error", Map.of(
                "code", McpSchema.ErrorCodes.INTERNAL_ERROR, "message", "Error processing message: " + e.getMessage())))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** The SDK turns away a POST that does not accept both; such a request goes to it for that answer. */
    private static boolean acceptsBoth(String accept) {
        return accept != null && accept.contains("application/json") && accept.contains("text/event-stream");
    }

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            if (body.size() + read > MAX_BODY) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }
}
