package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore.DeliveryFailedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code OutboxStore.deliverBatch}: the consumer takes over a prefix of each batch; the rest comes again, first. */
abstract class OutboxBatchContract extends StoreContract<Backend> {

    void append(EventEnvelope... events) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(events));
            return null;
        });
    }

    /** Hands each batch to a consumer that takes over at most {@code takeOver} events; returns the batch it saw. */
    List<String> batch(String subscriber, int limit, int takeOver) {
        List<String> seen = new ArrayList<>();
        int taken = backend.outbox().deliverBatch(subscriber, limit, events -> {
            events.forEach(event -> seen.add(event.id()));
            return Math.min(takeOver, events.size());
        });
        assertThat(taken).isEqualTo(Math.min(takeOver, seen.size()));
        return seen;
    }

    @Test
    void handsOverCommittedEventsInAppendOrderUpToTheLimit() throws Exception {
        append(event("e1"), event("e2"), event("e3"));
        append(event("e4"));

        assertThat(batch("relay", 3, 3)).containsExactly("e1", "e2", "e3");
        assertThat(batch("relay", 3, 3)).containsExactly("e4");
        assertThat(batch("relay", 3, 3)).isEmpty();
    }

    @Test
    void eventsNotTakenOverComeAgainFirst() throws Exception {
        append(event("e1"), event("e2"), event("e3"), event("e4"));

        assertThat(batch("relay", 10, 1)).containsExactly("e1", "e2", "e3", "e4");
        assertThat(batch("relay", 10, 0)).containsExactly("e2", "e3", "e4");
        assertThat(batch("relay", 10, 10)).containsExactly("e2", "e3", "e4");
        assertThat(batch("relay", 10, 10)).isEmpty();
    }

    @Test
    void aThrowingConsumerTakesOverNothing() throws Exception {
        append(event("e1"), event("e2"));
        IllegalStateException outage = new IllegalStateException("broker down");

        assertThatThrownBy(() -> backend.outbox().deliverBatch("relay", 10, events -> {
            throw outage;
        })).isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
            assertThat(failure.eventId()).isEqualTo("e1");
            assertThat(failure.delivered()).isZero();
        }).hasCause(outage);

        assertThat(batch("relay", 10, 10)).containsExactly("e1", "e2");
    }

    @Test
    void aCountOutsideTheBatchIsRefusedAndTakesOverNothing() throws Exception {
        append(event("e1"), event("e2"));

        assertThatThrownBy(() -> backend.outbox().deliverBatch("relay", 10, events -> 3))
                .isInstanceOf(DeliveryFailedException.class)
                .hasRootCauseMessage("the batch consumer took over 3 of 2 event(s)");
        assertThatThrownBy(() -> backend.outbox().deliverBatch("relay", 10, events -> -1))
                .isInstanceOf(DeliveryFailedException.class);

        assertThat(batch("relay", 10, 10)).containsExactly("e1", "e2");
    }

    @Test
    void batchAndSingleDeliveriesKeepTheirOwnPositions() throws Exception {
        append(event("e1"), event("e2"));
        List<EventEnvelope> single = new ArrayList<>();

        assertThat(batch("relay", 10, 10)).containsExactly("e1", "e2");
        backend.outbox().deliver("mailer", 10, single::add);

        assertThat(single).extracting(EventEnvelope::id).containsExactly("e1", "e2");
    }
}
