package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.OutboxStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-process event bus: named subscribers, each fed from the outbox at its own position,
 * at least once and in order. {@link #relay()} runs after every commit and can also be scheduled
 * to pick up events another node committed or a subscriber failed on.
 *
 * <p>One relay runs at a time per node. A call that commits while another relays does not wait
 * for it: it asks for one more round, which the relaying thread runs before it stops, so the
 * events are delivered promptly and calls are not serialized behind delivery (waiting for it cut
 * the workflow benchmark's throughput by two thirds). A relaying call runs at most
 * {@value #MAX_ROUNDS} rounds, so under steady load no caller is kept relaying for the others; a
 * request still open then is served by the next relay (the next commit, or a scheduled one).
 */
@PublicApi
public final class EventBus {

    private static final int BATCH = 256;
    static final int MAX_ROUNDS = 8;
    private static final System.Logger LOG = System.getLogger(EventBus.class.getName());

    private final OutboxStore outbox;
    private final Map<String, EventSubscriber> subscribers = new LinkedHashMap<>();
    private final ReentrantLock relaying = new ReentrantLock();
    /** Set by every relay request; cleared by the relaying thread as it starts a round. */
    private final AtomicBoolean requested = new AtomicBoolean();

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

    /**
     * Delivers every pending event to every subscriber, unless another thread of this node is relaying: that
     * one then runs another round for this request before it stops. Returns how many deliveries this call made.
     */
    public int relay() {
        Map<String, EventSubscriber> current;
        synchronized (this) {
            if (subscribers.isEmpty()) {
                return 0;
            }
            current = Map.copyOf(subscribers);
        }
        requested.set(true);
        int delivered = 0;
        // Set before trying the lock, checked after releasing it: one of the two threads sees the request.
        for (int round = 0; round < MAX_ROUNDS && requested.get() && relaying.tryLock(); round++) {
            try {
                requested.set(false);
                for (Map.Entry<String, EventSubscriber> entry : current.entrySet()) {
                    delivered += relayTo(entry.getKey(), entry.getValue());
                }
            } finally {
                relaying.unlock();
            }
        }
        return delivered;
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
