package io.contractspec.runtime.spi;

import io.contractspec.runtime.EventEnvelope;
import java.util.List;

/**
 * The transactional outbox: events are appended in the call's transaction and delivered after
 * commit to each subscriber, in order, from that subscriber's own position (at least once).
 */
public interface OutboxStore {

    /** Receives one event; throwing stops delivery to this subscriber until the next relay. */
    @FunctionalInterface
    interface Consumer {
        void accept(EventEnvelope event) throws Exception;
    }

    void append(Transaction transaction, List<EventEnvelope> events);

    /**
     * Delivers up to {@code limit} events after the subscriber's position, in append order,
     * advancing the position past each event the consumer accepted. Safe to call from several
     * threads or nodes at once: one delivers, the others find nothing to do.
     *
     * @return how many events were delivered
     */
    int deliver(String subscriber, int limit, Consumer consumer);
}
