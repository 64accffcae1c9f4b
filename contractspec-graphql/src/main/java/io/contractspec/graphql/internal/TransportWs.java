package io.contractspec.graphql.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.internal.TraceIds;
import io.javalin.websocket.WsConfig;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code graphql-transport-ws} protocol (the one the {@code graphql-ws} library speaks) on a
 * Javalin WebSocket: {@code connection_init} (credentials in its payload, e.g.
 * {@code {"Authorization": "Bearer …"}}, else the upgrade request's headers) → {@code connection_ack};
 * {@code subscribe} → {@code next}… {@code complete} or {@code error}; {@code complete} from the
 * client stops a subscription; {@code ping} → {@code pong}. Protocol violations close the socket
 * with the protocol's codes (4400, 4401, 4403, 4408, 4409, 4429).
 */
public final class TransportWs implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Engine engine;
    private final Callers callers;
    private final Duration initTimeout;
    private final Map<String, WsConnection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "graphql-ws-init-timeout");
        thread.setDaemon(true);
        return thread;
    });

    public TransportWs(Engine engine, Callers callers, Duration initTimeout) {
        this.engine = engine;
        this.callers = callers;
        this.initTimeout = initTimeout;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(Duration.ZERO);
            RequestHeaders upgrade = RequestHeaders.of(ctx.headerMap());
            String traceId = TraceIds.resolve(upgrade.first(TraceIds.TRACEPARENT).orElse(null),
                    upgrade.first(TraceIds.X_TRACE_ID).orElse(null));
            WsConnection connection = new WsConnection(ctx, engine, upgrade, traceId);
            connections.put(ctx.sessionId(), connection);
            timer.schedule(() -> {
                if (!connection.initialised()) {
                    connection.close(4408, "Connection initialisation timeout");
                }
            }, initTimeout.toMillis(), TimeUnit.MILLISECONDS);
        });
        ws.onMessage(ctx -> {
            WsConnection connection = connections.get(ctx.sessionId());
            if (connection != null) {
                connection.receive(ctx.message(), callers);
            }
        });
        ws.onClose(ctx -> {
            WsConnection connection = connections.remove(ctx.sessionId());
            if (connection != null) {
                connection.stopAll();
            }
        });
        ws.onError(ctx -> {
            WsConnection connection = connections.remove(ctx.sessionId());
            if (connection != null) {
                connection.stopAll();
            }
        });
    }

    /** Open connections (for tests). */
    public int openConnections() {
        return connections.size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (Iterator<WsConnection> it = connections.values().iterator(); it.hasNext(); ) {
            it.next().stopAll();
            it.remove();
        }
    }

    static String write(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a graphql-ws message could not be written", e);
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
