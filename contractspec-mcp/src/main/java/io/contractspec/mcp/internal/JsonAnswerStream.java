package io.contractspec.mcp.internal;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;

/**
 * Where the SDK sends the messages of one request the gateway answers: the answer alone becomes
 * one {@code application/json} body with a length — what a streamable HTTP server may send instead
 * of an SSE stream, and what REST sends. Should the request's handler send anything before its
 * answer (a progress or log notification, a request to the client), the body turns into an SSE
 * stream at that point, as the SDK would have answered from the start, and the answer follows as
 * its last event.
 */
final class JsonAnswerStream implements McpStreamableServerTransport {

    private static final byte[] EVENT_START = "event: message\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final Object requestId;
    private final HttpServletResponse response;
    private boolean streaming;
    private boolean answered;

    JsonAnswerStream(Object requestId, HttpServletResponse response) {
        this.requestId = requestId;
        this.response = response;
    }

    boolean answered() {
        return answered;
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return sendMessage(message, null);
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message, String messageId) {
        return Mono.fromRunnable(() -> send(message));
    }

    private synchronized void send(McpSchema.JSONRPCMessage message) {
        if (answered) {
            return;
        }
        try {
            byte[] json = JsonMaps.MAPPER.writeValueAsBytes(message);
            boolean answer = message instanceof McpSchema.JSONRPCResponse done && requestId.equals(done.id());
            if (answer && !streaming) {
                response.setContentType("application/json");
                response.setContentLength(json.length);
                response.getOutputStream().write(json);
            } else {
                event(json);
            }
            answered = answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void event(byte[] json) throws IOException {
        if (!streaming) {
            streaming = true;
            response.setContentType("text/event-stream");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
        }
        OutputStream out = response.getOutputStream();
        out.write(EVENT_START);
        out.write(json);
        out.write(EVENT_END);
        out.flush();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return TypedMcpMapper.INSTANCE.convertValue(data, type);
    }

    /** The servlet completes the response when the gateway returns; nothing stays open here. */
    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    @Override
    public void close() {}
}
