package io.contractspec.runtime;

import io.contractspec.runtime.spi.OutboxStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-process event bus: named subscribers, each fed from the outbox at its own position,
 * at least once and in order. {@link #relay()} runs after every commit and can also be scheduled
 * to pick up events another node committed or a subscriber failed on.
 */
public final class EventBus {

    private static final int BATCH = 256;
    private static final System.Logger LOG = System.getLogger(EventBus.class.getName());

    private final OutboxStore outbox;
    private final Map<String, EventSubscriber> subscribers = new LinkedHashMap<>();
    private final ReentrantLock relaying = new ReentrantLock();

    public EventBus(OutboxStore outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Adds a subscriber under a stable name: its position is kept under that name. */
    public synchronized EventBus subscribe(String name, EventSubscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (subscribers.putIfAbsent(name, subscriber) != null) {
            throw new IllegalArgumentException("a subscriber named '" + name + "' already exists");
        }
        return this;
    }

    public synchronized boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    /** Delivers every pending event to every subscriber; returns how many deliveries were made. */
    public int relay() {
        Map<String, EventSubscriber> current;
        synchronized (this) {
            if (subscribers.isEmpty()) {
                return 0;
            }
            current = Map.copyOf(subscribers);
        }
        // One relay at a time per node; the store serializes nodes.
        relaying.lock();
        try {
            int delivered = 0;
            for (Map.Entry<String, EventSubscriber> entry : current.entrySet()) {
                delivered += relayTo(entry.getKey(), entry.getValue());
            }
            return delivered;
        } finally {
            relaying.unlock();
        }
    }

    private int relayTo(String name, EventSubscriber subscriber) {
        int total = 0;
        try {
            int batch;
            do {
                batch = outbox.deliver(name, BATCH, subscriber::onEvent);
                total += batch;
            } while (batch == BATCH);
        } catch (OutboxStore.DeliveryFailedException e) {
            total += e.delivered();
            LOG.log(System.Logger.Level.WARNING, "Relaying events to '" + name + "' stopped; will retry", e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Relaying events to '" + name + "' stopped; will retry", e);
        }
        return total;
    }
}
