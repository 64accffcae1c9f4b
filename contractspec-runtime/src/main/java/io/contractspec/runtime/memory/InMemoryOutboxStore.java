package io.contractspec.runtime.memory;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToIntFunction;

/**
 * The embedded outbox: events become visible when their transaction commits. Each subscriber has
 * its own lock, held while its consumer runs; a concurrent delivery to the same subscriber returns
 * 0 instead of waiting, like the JDBC store's {@code SKIP LOCKED}, and appends never wait for a
 * slow consumer.
 *
 * <p>It is bounded (default {@value #DEFAULT_CAPACITY} events): when an append needs room, the
 * events every subscriber has received are dropped (until then a late subscriber still gets every
 * event), and when the outbox is full of events some subscriber
 * has not received, an append is refused with {@link IllegalStateException}, which fails the call
 * that emitted them (it rolls back). Events are never lost silently. A subscriber that starts
 * after events were dropped begins with the oldest event still held.
 */
@PublicApi
public final class InMemoryOutboxStore implements OutboxStore {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final List<EventEnvelope> events = new ArrayList<>();
    /** How many events were dropped from the front; positions count from the first event ever. */
    private long dropped;
    /** Events of transactions that have not ended yet, counted against the capacity. */
    private int reserved;
    private final ConcurrentMap<String, Position> positions = new ConcurrentHashMap<>();

    public InMemoryOutboxStore() {
        this(DEFAULT_CAPACITY);
    }

    /** An outbox that holds at most {@code capacity} events not yet received by every subscriber. */
    public InMemoryOutboxStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void append(Transaction transaction, List<EventEnvelope> committed) {
        List<EventEnvelope> copy = List.copyOf(committed);
        reserve(copy.size());
        transaction.afterCommit(() -> {
            synchronized (this) {
                reserved -= copy.size();
                events.addAll(copy);
            }
        });
        transaction.afterRollback(() -> {
            synchronized (this) {
                reserved -= copy.size();
            }
        });
    }

    private synchronized void reserve(int count) {
        if (events.size() + reserved + count > capacity) {
            dropDelivered();
        }
        if (events.size() + reserved + count > capacity) {
            throw new IllegalStateException("The in-memory outbox holds its capacity of " + capacity
                    + " events that not every subscriber has received; relay the event bus, raise the capacity"
                    + " (new InMemoryOutboxStore(capacity)) or run on the JDBC stores");
        }
        reserved += count;
    }

    /** Drops the events every subscriber has received (none while there is no subscriber). */
    private void dropDelivered() {
        if (positions.isEmpty()) {
            return;
        }
        long received = Long.MAX_VALUE;
        for (Position position : positions.values()) {
            received = Math.min(received, position.next);
        }
        int droppable = (int) Math.min(events.size(), received - dropped);
        if (droppable > 0) {
            events.subList(0, droppable).clear();
            dropped += droppable;
        }
    }

    @Override
    public int deliver(String subscriber, int limit, Consumer consumer) {
        return withPosition(subscriber, limit, position -> {
            int delivered = 0;
            for (EventEnvelope event : pending(position.next, limit)) {
                try {
                    consumer.accept(event);
                } catch (Exception e) {
                    throw new DeliveryFailedException(subscriber, event.id(), delivered, e);
                }
                position.next++;
                delivered++;
            }
            return delivered;
        });
    }

    @Override
    public int deliverBatch(String subscriber, int limit, BatchConsumer consumer) {
        return withPosition(subscriber, limit, position -> {
            List<EventEnvelope> batch = pending(position.next, limit);
            if (batch.isEmpty()) {
                return 0;
            }
            int taken = OutboxStore.checkTakenOver(subscriber, batch, consumer);
            position.next += taken;
            return taken;
        });
    }

    /** Runs a delivery holding the subscriber's lock; 0 at once when another delivery holds it. */
    private int withPosition(String subscriber, int limit, ToIntFunction<Position> delivery) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Position position = positions.computeIfAbsent(subscriber, name -> new Position(firstHeld()));
        // A consumer that delivers to its own subscriber again must not re-enter the lock it holds.
        if (position.lock.isHeldByCurrentThread() || !position.lock.tryLock()) {
            return 0;
        }
        try {
            return delivery.applyAsInt(position);
        } finally {
            position.lock.unlock();
        }
    }

    @Override
    public synchronized List<Stored<EventEnvelope>> eventsAbout(String subject, long after, int limit) {
        return SubjectHistory.after(events, dropped + 1, EventEnvelope::subject, subject, after, limit);
    }

    /** Every committed event still held, in append order. */
    public synchronized List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    private synchronized long firstHeld() {
        return dropped;
    }

    private synchronized List<EventEnvelope> pending(long from, int limit) {
        int start = (int) Math.min(Math.max(from - dropped, 0), events.size());
        return List.copyOf(events.subList(start, Math.min(start + limit, events.size())));
    }

    /** The number of a subscriber's next event; written under its lock, read when dropping. */
    private static final class Position {
        final ReentrantLock lock = new ReentrantLock();
        volatile long next;

        Position(long next) {
            this.next = next;
        }
    }
}
