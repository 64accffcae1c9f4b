package io.contractspec.graphql.internal;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.ExecutionResult;
import io.contractspec.rest.RequestHeaders;
import io.contractspec.rest.internal.TraceIds;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** One graphql-transport-ws connection: its caller once initialised, and its running operations by id. */
final class WsConnection {

    private final WsContext socket;
    private final Engine engine;
    private final RequestHeaders upgradeHeaders;
    private final String connectionTraceId;
    private final Map<String, Subscription> running = new ConcurrentHashMap<>();
    private volatile boolean initReceived;
    private volatile RequestContext caller;

    WsConnection(WsContext socket, Engine engine, RequestHeaders upgradeHeaders, String connectionTraceId) {
        this.socket = socket;
        this.engine = engine;
        this.upgradeHeaders = upgradeHeaders;
        this.connectionTraceId = connectionTraceId;
    }

    boolean initialised() {
        return initReceived;
    }

    void receive(String text, Callers callers) {
        JsonNode message = TransportWs.read(text);
        String type = message == null || !message.path("type").isTextual() ? null : message.get("type").textValue();
        if (type == null) {
            close(4400, "Invalid message received");
            return;
        }
        switch (type) {
            case "connection_init" -> init(message.get("payload"), callers);
            case "ping" -> send(Map.of("type", "pong"));
            case "pong" -> { }
            case "subscribe" -> subscribe(message);
            case "complete" -> stop(message.path("id").asText(""));
            default -> close(4400, "Invalid message received");
        }
    }

    private void init(JsonNode payload, Callers callers) {
        synchronized (this) {
            if (initReceived) {
                close(4429, "Too many initialisation requests");
                return;
            }
            initReceived = true;
        }
        Map<String, String> fromPayload = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (payload != null && payload.isObject()) {
            payload.properties().forEach(entry -> {
                if (entry.getValue().isTextual()) {
                    fromPayload.put(entry.getKey(), entry.getValue().textValue());
                }
            });
        }
        RequestHeaders headers = name -> fromPayload.containsKey(name) ? Optional.of(fromPayload.get(name)) : upgradeHeaders.first(name);
        try {
            caller = callers.context(headers, connectionTraceId);
        } catch (Refusal refusal) {
            close(4403, "Forbidden: " + refusal.getMessage());
            return;
        }
        send(Map.of("type", "connection_ack"));
    }

    private void subscribe(JsonNode message) {
        if (caller == null) {
            close(4401, "Unauthorized");
            return;
        }
        String id = message.path("id").isTextual() ? message.get("id").textValue() : null;
        GraphQlRequest request;
        try {
            request = id == null || id.isEmpty() ? null : GraphQlRequest.of(message.get("payload"));
        } catch (Refusal refusal) {
            request = null;
        }
        if (request == null) {
            close(4400, "Invalid message received");
            return;
        }
        if (running.putIfAbsent(id, PENDING) != null) {
            close(4409, "Subscriber for " + id + " already exists");
            return;
        }
        String traceId = TraceIds.resolve(null, null);
        RequestContext context = new RequestContext(caller.principal(), caller.flags(), traceId, Optional.empty());
        ExecutionResult result = engine.execute(request, context, false);
        if (result.getData() instanceof Publisher<?> publisher && result.getErrors().isEmpty()) {
            @SuppressWarnings("unchecked")
            Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) publisher;
            results.subscribe(new Forwarder(id, traceId));
            return;
        }
        Map<String, Object> response = Responses.of(result, traceId);
        if (!response.containsKey("data")) {
            running.remove(id);
            send(message(id, "error", response.get("errors")));
            return;
        }
        send(message(id, "next", response));
        complete(id);
    }

    private void stop(String id) {
        Subscription subscription = running.remove(id);
        if (subscription != null && subscription != PENDING) {
            subscription.cancel();
        }
    }

    private void complete(String id) {
        if (running.remove(id) != null) {
            send(message(id, "complete", null));
        }
    }

    void stopAll() {
        List<String> ids = new ArrayList<>(running.keySet());
        ids.forEach(this::stop);
    }

    void close(int code, String reason) {
        stopAll();
        socket.closeSession(code, reason);
    }

    private synchronized void send(Object message) {
        socket.send(TransportWs.write(message));
    }

    private static Map<String, Object> message(String id, String type, Object payload) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("type", type);
        if (payload != null) {
            message.put("payload", payload);
        }
        return message;
    }

    private static final Subscription PENDING = new Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
    };

    /** Sends each result of a subscription as {@code next}, then {@code complete} or {@code error}. */
    private final class Forwarder implements Subscriber<ExecutionResult> {
        private final String id;
        private final String traceId;

        Forwarder(String id, String traceId) {
            this.id = id;
            this.traceId = traceId;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            if (running.replace(id, PENDING, subscription)) {
                subscription.request(Long.MAX_VALUE);
            } else {
                subscription.cancel();
            }
        }

        @Override
        public void onNext(ExecutionResult result) {
            if (running.containsKey(id)) {
                send(message(id, "next", Responses.of(result, traceId)));
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (running.remove(id) != null) {
                send(message(id, "error", List.of(Map.of("message", "The subscription failed on the server.",
                        "extensions", Map.of("code", "INTERNAL_ERROR", "status", 500, "traceId", traceId)))));
            }
        }

        @Override
        public void onComplete() {
            complete(id);
        }
    }
}
