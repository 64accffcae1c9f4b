package io.contractspec.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.EventSubscriber;
import io.javalin.http.sse.SseClient;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Studio's live updates: an event subscriber (add it to the runtime's event bus) that passes
 * each committed event to the browsers connected to {@code /studio/events} whose signed-in user
 * belongs to the event's organization. Browsers only learn that something changed and re-read it
 * through the public API, so nothing the user may not read reaches them.
 *
 * <p>Delivery is at least once, like every subscriber's; a duplicate costs the browser one extra
 * read. With several nodes, the bus hands each event to one node's subscriber, so browsers on the
 * other nodes see it only when they next read (see the module's README).
 */
@PublicApi
public final class StudioEvents implements EventSubscriber {

    /** The SSE event name of a contract event. */
    public static final String EVENT_NAME = "contract-event";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Listener(String organization, SseClient client) {}

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    StudioEvents() {}

    @Override
    public void onEvent(EventEnvelope event) {
        if (event.organizationId() == null || listeners.isEmpty()) {
            return;
        }
        String data = data(event);
        for (Listener listener : listeners) {
            if (listener.client().terminated()) {
                listeners.remove(listener);
            } else if (listener.organization().equals(event.organizationId())) {
                send(listener, data);
            }
        }
    }

    /** How many browsers are connected. */
    public int connected() {
        return listeners.size();
    }

    void open(String organization, SseClient client) {
        Listener listener = new Listener(Objects.requireNonNull(organization, "organization"), client);
        listeners.add(listener);
        client.onClose(() -> listeners.remove(listener));
        client.keepAlive();
        client.sendComment("connected");
    }

    private void send(Listener listener, String data) {
        try {
            listener.client().sendEvent(EVENT_NAME, data);
        } catch (RuntimeException e) {
            // A browser that went away must not make the bus deliver the event again to everyone.
            listeners.remove(listener);
        }
    }

    private static String data(EventEnvelope event) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", event.id())
                .put("key", event.key())
                .put("version", event.version())
                .put("occurredAt", event.occurredAt().toString())
                .put("actor", event.actor());
        node.set("payload", event.payload());
        return node.toString();
    }
}
