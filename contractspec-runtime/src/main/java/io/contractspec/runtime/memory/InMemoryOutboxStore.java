package io.contractspec.runtime.memory;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The embedded outbox: events become visible when their transaction commits. */
public final class InMemoryOutboxStore implements OutboxStore {

    private final List<EventEnvelope> events = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

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
        int delivered = 0;
        // Holding the lock while delivering keeps each subscriber's order; subscribers should be quick.
        synchronized (this) {
            int position = positions.getOrDefault(subscriber, 0);
            while (delivered < limit && position < events.size()) {
                try {
                    consumer.accept(events.get(position));
                } catch (Exception e) {
                    throw new IllegalStateException("subscriber '" + subscriber + "' failed on event "
                            + events.get(position).id(), e);
                }
                position++;
                positions.put(subscriber, position);
                delivered++;
            }
        }
        return delivered;
    }

    /** Every committed event, in append order. */
    public synchronized List<EventEnvelope> events() {
        return List.copyOf(events);
    }
}
