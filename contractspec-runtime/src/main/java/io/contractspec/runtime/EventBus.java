package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.spi.OutboxStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-process event bus: named subscribers, each fed from the outbox at its own position, at
 * least once and in order, by one dispatcher thread the bus owns.
 *
 * <p>Callers never deliver. A commit that appended events (or a rollback after an append, which
 * leaves a number readers may be waiting at) {@linkplain #wake() wakes} the
 * dispatcher and returns; the dispatcher runs rounds (every subscriber, until its pending events
 * are delivered) while wake-ups keep coming, so many commits during one round cost one more round,
 * not one each. {@link #relay()} wakes it and waits for a round that started after the call: the
 * events committed before it are delivered when it returns. A scheduled relay picks up what other
 * nodes committed and what a failing subscriber left; tests use it to wait for delivery. The
 * thread starts with the first wake-up that finds a subscriber and ends with {@link #close()} (it
 * is a daemon, so an unclosed bus does not keep the JVM alive).
 */
@PublicApi
public final class EventBus implements AutoCloseable {

    private static final int BATCH = 256;
    private static final System.Logger LOG = System.getLogger(EventBus.class.getName());

    private final OutboxStore outbox;
    private final Map<String, EventSubscriber> subscribers = new LinkedHashMap<>();
    private final List<Runnable> wakeActions = new CopyOnWriteArrayList<>();
    /** Guards the counters below and the thread; the dispatcher waits on it. */
    private final Object signal = new Object();
    /** Wake-ups so far. */
    private long requested;
    /** The wake-ups the last finished round answered: it started after every one of them. */
    private long answered;
    private int deliveredInLastRound;
    private Thread dispatcher;
    private boolean closed;

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
     * Also runs {@code action} at every wake-up — a commit that appended events, an append rolled
     * back — on the waking thread, with or without subscribers: for a relay that delivers the outbox
     * outside the bus (the Kafka relay's {@code wakeUpOn}). It should only signal; what it throws is
     * logged, never passed to the call.
     */
    public EventBus onWake(Runnable action) {
        wakeActions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    /**
     * Asks the dispatcher for a round and returns at once (a no-op for the dispatcher without
     * subscribers or once closed), after running the {@link #onWake} actions.
     */
    public void wake() {
        for (Runnable action : wakeActions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "An action run at an event bus wake-up failed", e);
            }
        }
        request();
    }

    /**
     * Wakes the dispatcher and waits until it has finished a round that started after this call, so
     * every event committed before it has been delivered (unless a subscriber failed on it, or it
     * waits behind an append that an open transaction was still writing: each goes in a later round,
     * which that transaction's end or the next commit starts). Returns how many deliveries that round made. Returns 0 at once
     * without subscribers, once closed, or when called on the dispatcher itself (a subscriber that
     * relays gets one more round after the current one instead).
     */
    public int relay() {
        long target = request();
        if (target == 0 || Thread.currentThread() == dispatcherThread()) {
            return 0;
        }
        synchronized (signal) {
            while (answered < target && !closed) {
                try {
                    signal.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            return answered >= target ? deliveredInLastRound : 0;
        }
    }

    /** Stops the dispatcher after its current round; later wake-ups do nothing. */
    @Override
    public void close() {
        Thread running;
        synchronized (signal) {
            closed = true;
            signal.notifyAll();
            running = dispatcher;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Counts a wake-up and starts the dispatcher if needed; returns the wake-up's number, 0 when ignored. */
    private long request() {
        if (!hasSubscribers()) {
            return 0;
        }
        synchronized (signal) {
            if (closed) {
                return 0;
            }
            if (dispatcher == null) {
                dispatcher = new Thread(this::dispatch, "contractspec-event-dispatcher");
                dispatcher.setDaemon(true);
                dispatcher.start();
            }
            requested++;
            signal.notifyAll();
            return requested;
        }
    }

    private Thread dispatcherThread() {
        synchronized (signal) {
            return dispatcher;
        }
    }

    private void dispatch() {
        while (true) {
            long answering;
            synchronized (signal) {
                while (answered == requested && !closed) {
                    try {
                        signal.wait();
                    } catch (InterruptedException e) {
                        return; // only close() ends the dispatcher; nothing else interrupts it
                    }
                }
                if (closed) {
                    return;
                }
                answering = requested;
            }
            int delivered = round();
            synchronized (signal) {
                answered = answering;
                deliveredInLastRound = delivered;
                signal.notifyAll();
            }
        }
    }

    private int round() {
        List<Map.Entry<String, EventSubscriber>> current;
        synchronized (this) {
            current = List.copyOf(subscribers.entrySet()); // in the order they subscribed, as before the dispatcher
        }
        int delivered = 0;
        for (Map.Entry<String, EventSubscriber> entry : current) {
            delivered += relayTo(entry.getKey(), entry.getValue());
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
        } catch (RuntimeException | Error e) { // a subscriber's failure, even an Error, must not end delivery to all
            LOG.log(System.Logger.Level.WARNING, "Relaying events to '" + name + "' stopped; will retry", e);
        }
        return total;
    }
}
