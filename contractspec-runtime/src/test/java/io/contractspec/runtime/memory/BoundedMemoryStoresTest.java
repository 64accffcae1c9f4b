package io.contractspec.runtime.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The in-memory outbox and audit trail hold a bounded number of entries and say so when full. */
class BoundedMemoryStoresTest {

    private static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    private static EventEnvelope event(int n) {
        return new EventEnvelope("e" + n, "test.thing.happened", "1.0.0", T0, "trace", "alice", "acme",
                JsonNodeFactory.instance.objectNode().put("n", n));
    }

    private static AuditRecord record(int n) {
        return new AuditRecord("a" + n, "test.thing.done", "test.thing.do@1.0.0", "alice", null, "acme", "trace",
                T0.plusSeconds(n), JsonNodeFactory.instance.objectNode(), "OK");
    }

    private void append(InMemoryOutboxStore outbox, int... numbers) throws Exception {
        unitOfWork.run(transaction -> {
            outbox.append(transaction, IntStream.of(numbers).mapToObj(BoundedMemoryStoresTest::event).toList());
            return null;
        });
    }

    private static List<String> deliverAll(InMemoryOutboxStore outbox, String subscriber) {
        List<String> ids = new ArrayList<>();
        outbox.deliver(subscriber, 100, event -> ids.add(event.id()));
        return ids;
    }

    @Test
    void theAuditTrailKeepsTheNewestRecordsUpToItsCapacity() throws Exception {
        InMemoryAuditStore audit = new InMemoryAuditStore(3);

        for (int n = 1; n <= 5; n++) {
            AuditRecord record = record(n);
            unitOfWork.run(transaction -> {
                audit.append(transaction, List.of(record));
                return null;
            });
        }

        assertThat(audit.query(AuditQuery.builder().build())).extracting(AuditRecord::id).containsExactly("a3", "a4", "a5");
    }

    @Test
    void theOutboxDropsEventsEverySubscriberReceived() throws Exception {
        InMemoryOutboxStore outbox = new InMemoryOutboxStore(3);
        append(outbox, 1, 2, 3);
        assertThat(deliverAll(outbox, "a")).containsExactly("e1", "e2", "e3");
        assertThat(deliverAll(outbox, "b")).containsExactly("e1", "e2", "e3");

        append(outbox, 4, 5);

        assertThat(outbox.events()).extracting(EventEnvelope::id).containsExactly("e4", "e5");
        assertThat(deliverAll(outbox, "a")).containsExactly("e4", "e5");
        assertThat(deliverAll(outbox, "late")).as("a late subscriber starts at the oldest event held")
                .containsExactly("e4", "e5");
    }

    @Test
    void theOutboxRefusesAnAppendWhileASubscriberLagsAndKeepsWhatItHolds() throws Exception {
        InMemoryOutboxStore outbox = new InMemoryOutboxStore(3);
        append(outbox, 1, 2);
        deliverAll(outbox, "fast");
        outbox.deliver("slow", 1, event -> {});

        assertThatThrownBy(() -> append(outbox, 3, 4, 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("capacity of 3 events that not every subscriber has received");

        append(outbox, 3, 4); // the refused append released its reservation; e1 was received by both
        assertThat(outbox.events()).extracting(EventEnvelope::id).containsExactly("e2", "e3", "e4");
        assertThat(deliverAll(outbox, "slow")).containsExactly("e2", "e3", "e4");
    }

    @Test
    void theOutboxRefusesWhenNobodyHasSubscribed() throws Exception {
        InMemoryOutboxStore outbox = new InMemoryOutboxStore(2);
        append(outbox, 1, 2);

        assertThatThrownBy(() -> append(outbox, 3)).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.events()).hasSize(2);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new InMemoryOutboxStore(0)).hasMessage("capacity must be at least 1, got 0");
        assertThatThrownBy(() -> new InMemoryAuditStore(0)).hasMessage("capacity must be at least 1, got 0");
    }
}
