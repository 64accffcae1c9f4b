package io.contractspec.runtime.memory;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Stored;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded outbox: events become visible when their transaction commits. Each subscriber has
 * its own lock, held while its consumer runs; a concurrent delivery to the same subscriber returns
 * 0 instead of waiting, like the JDBC store's {@code SKIP LOCKED}, and appends never wait for a
 * slow consumer.
 */
public final class InMemoryOutboxStore implements OutboxStore {

    private final List<EventEnvelope> events = new ArrayList<>();
    private final ConcurrentMap<String, Position> positions = new ConcurrentHashMap<>();

    @Override
    public void append(Transaction transaction, List<EventEnvelope> committed) {
        List<EventEnvelope> copy = List.copyOf(committed);
        transaction.afterCommit(() -> {
            synchronized (this) {
                events.addAll(copy);
            }
        });
    }

    @Override
    public int deliver(String subscriber, int limit, Consumer consumer) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Position position = positions.computeIfAbsent(subscriber, name -> new Position());
        // A consumer that delivers to its own subscriber again must not re-enter the lock it holds.
        if (position.lock.isHeldByCurrentThread() || !position.lock.tryLock()) {
            return 0;
        }
        try {
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
        } finally {
            position.lock.unlock();
        }
    }

    @Override
    public synchronized List<Stored<EventEnvelope>> eventsAbout(String subject, long after, int limit) {
        return SubjectHistory.after(events, EventEnvelope::subject, subject, after, limit);
    }

    /** Every committed event, in append order. */
    public synchronized List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    private synchronized List<EventEnvelope> pending(int from, int limit) {
        return List.copyOf(events.subList(Math.min(from, events.size()), Math.min(from + limit, events.size())));
    }

    /** The index of a subscriber's next event; guarded by its lock. */
    private static final class Position {
        final ReentrantLock lock = new ReentrantLock();
        int next;
    }
}
