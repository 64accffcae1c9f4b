package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.EventEnvelope;
import java.util.List;

/**
 * The transactional outbox: events are appended in the call's transaction and delivered after
 * commit to each subscriber, in order, from that subscriber's own position (at least once).
 */
@PublicApi
public interface OutboxStore {

    /** Receives one event; throwing stops delivery to this subscriber until the next relay. */
    @FunctionalInterface
    interface Consumer {
        void accept(EventEnvelope event) throws Exception;
    }

    /**
     * Receives a batch of events in append order and says how many of them, counted from the first,
     * it has taken over (e.g. a broker acknowledged them). Throwing takes over none.
     */
    @FunctionalInterface
    interface BatchConsumer {
        int accept(List<EventEnvelope> events) throws Exception;
    }

    /**
     * Thrown by {@link #deliver} when the consumer threw: the events before the failed one stay
     * delivered, and the next delivery to the subscriber starts again with the failed event.
     */
    final class DeliveryFailedException extends RuntimeException {
        private final String subscriber;
        private final String eventId;
        private final int delivered;

        public DeliveryFailedException(String subscriber, String eventId, int delivered, Throwable cause) {
            super("subscriber '" + subscriber + "' failed on event " + eventId + " after " + delivered
                    + " delivered event(s)", cause);
            this.subscriber = subscriber;
            this.eventId = eventId;
            this.delivered = delivered;
        }

        public String subscriber() {
            return subscriber;
        }

        /** The id of the event the consumer failed on. */
        public String eventId() {
            return eventId;
        }

        /** How many events this call delivered before the failure. */
        public int delivered() {
            return delivered;
        }
    }

    void append(Transaction transaction, List<EventEnvelope> events);

    /**
     * Delivers up to {@code limit} events after the subscriber's position, in append order,
     * advancing the position past each event the consumer accepted. Safe to call from several
     * threads or nodes at once: one delivers, the others find nothing to do (they return 0 at
     * once rather than wait).
     *
     * @return how many events were delivered
     * @throws DeliveryFailedException when the consumer threw; the progress before it is kept
     */
    int deliver(String subscriber, int limit, Consumer consumer);

    /**
     * Like {@link #deliver}, but hands the consumer up to {@code limit} events at once, so it can
     * send them together and confirm them together (a broker relay); the position advances past the
     * first {@code n} events the consumer returns. Delivery stays at least once and in order: the
     * events it did not take over come again, first, on the next call.
     *
     * @return how many events the consumer took over
     * @throws DeliveryFailedException when the consumer threw or returned a count outside
     *         {@code 0..events.size()} ({@code delivered()} is 0: nothing of the batch advanced)
     * @throws UnsupportedOperationException when the store cannot deliver in batches
     */
    default int deliverBatch(String subscriber, int limit, BatchConsumer consumer) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot deliver events in batches");
    }

    /** The count a batch consumer returned, checked: a count outside the batch is the consumer's bug. */
    static int checkTakenOver(String subscriber, List<EventEnvelope> events, BatchConsumer consumer) {
        int taken;
        try {
            taken = consumer.accept(List.copyOf(events));
        } catch (Exception e) {
            throw new DeliveryFailedException(subscriber, events.get(0).id(), 0, e);
        }
        if (taken < 0 || taken > events.size()) {
            throw new DeliveryFailedException(subscriber, events.get(0).id(), 0, new IllegalStateException(
                    "the batch consumer took over " + taken + " of " + events.size() + " event(s)"));
        }
        return taken;
    }

    /**
     * The committed events about one subject (see {@link EventEnvelope#subject()}), in append
     * order, after the given position (0 for the start), at most {@code limit}. Events retention
     * removed are gone from this history too.
     */
    List<Stored<EventEnvelope>> eventsAbout(String subject, long after, int limit);
}
