package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.anonymousEvent;
import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.spi.OutboxStore.DeliveryFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What every outbox store does, sequentially; {@link OutboxConcurrencyContract} covers races. */
abstract class OutboxStoreContract extends StoreContract<Backend> {

    void append(EventEnvelope... events) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(events));
            return null;
        });
    }

    List<EventEnvelope> deliver(String subscriber, int limit) {
        List<EventEnvelope> received = new ArrayList<>();
        int delivered = backend.outbox().deliver(subscriber, limit, received::add);
        assertThat(delivered).isEqualTo(received.size());
        return received;
    }

    static List<String> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::id).toList();
    }

    @Test
    void deliversCommittedEventsInAppendOrderAndThenNothing() throws Exception {
        append(event("e1"), event("e2"), event("e3"));
        append(event("e4"));

        assertThat(ids(deliver("relay", 10))).containsExactly("e1", "e2", "e3", "e4");
        assertThat(deliver("relay", 10)).isEmpty();
    }

    @Test
    void deliversEventsUnchanged() throws Exception {
        append(event("full"), anonymousEvent("bare"));

        assertThat(deliver("relay", 10)).containsExactly(event("full"), anonymousEvent("bare"));
    }

    @Test
    void deliversAtMostTheLimitAndContinuesFromThere() throws Exception {
        append(event("e1"), event("e2"), event("e3"), event("e4"), event("e5"));

        assertThat(ids(deliver("relay", 2))).containsExactly("e1", "e2");
        assertThat(ids(deliver("relay", 2))).containsExactly("e3", "e4");
        assertThat(ids(deliver("relay", 2))).containsExactly("e5");
    }

    @Test
    void keepsOnePositionPerSubscriber() throws Exception {
        append(event("e1"), event("e2"), event("e3"));

        assertThat(ids(deliver("mailer", 10))).containsExactly("e1", "e2", "e3");
        assertThat(ids(deliver("indexer", 1))).containsExactly("e1");
        append(event("e4"));

        assertThat(ids(deliver("mailer", 10))).containsExactly("e4");
        assertThat(ids(deliver("indexer", 10))).containsExactly("e2", "e3", "e4");
        assertThat(ids(deliver("auditor", 10))).containsExactly("e1", "e2", "e3", "e4");
    }

    @Test
    void redeliversFromTheFailedEventAfterAConsumerFailure() throws Exception {
        append(event("e1"), event("e2"), event("e3"), event("e4"));
        List<String> seen = new ArrayList<>();
        IllegalStateException outage = new IllegalStateException("mail server down");

        assertThatThrownBy(() -> backend.outbox().deliver("mailer", 10, received -> {
            seen.add(received.id());
            if (received.id().equals("e3")) {
                throw outage;
            }
        }))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                    assertThat(failure.subscriber()).isEqualTo("mailer");
                    assertThat(failure.eventId()).isEqualTo("e3");
                    assertThat(failure.delivered()).isEqualTo(2);
                })
                .hasCause(outage);

        assertThat(seen).containsExactly("e1", "e2", "e3");
        assertThat(ids(deliver("mailer", 10))).containsExactly("e3", "e4");
    }

    @Test
    void aFailureOnTheFirstEventKeepsThePosition() throws Exception {
        append(event("e1"), event("e2"));

        assertThatThrownBy(() -> backend.outbox().deliver("mailer", 10, received -> {
            throw new Exception("checked failures count too");
        })).isInstanceOf(DeliveryFailedException.class);

        assertThat(ids(deliver("mailer", 10))).containsExactly("e1", "e2");
    }

    @Test
    void neverDeliversEventsOfARolledBackTransaction() throws Exception {
        append(event("before"));
        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("ghost1"), event("ghost2")));
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");
        append(event("after"));

        assertThat(ids(deliver("relay", 10))).containsExactly("before", "after");
    }

    @Test
    void appendingNothingIsFine() throws Exception {
        append();

        assertThat(deliver("relay", 10)).isEmpty();
    }

    @Test
    void aSubscriberSeesEachEventOnceAcrossManyRounds() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 5; round++) {
            append(event("r" + round + "a"), event("r" + round + "b"));
            backend.outbox().deliver("relay", 10, received -> assertThat(seen.add(received.id())).isTrue());
        }

        assertThat(seen).hasSize(10);
    }
}
