package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.AuditRecord;
import io.contractspec.runtime.EventEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Appends larger than one statement may carry (PostgreSQL takes at most 65,535 parameters, an
 * event or audit record has 9): split into several inserts, queued together, all stored in order.
 */
abstract class LargeAppendContract extends StoreContract<JdbcBackend> {

    static List<EventEnvelope> events(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Fixtures.event("event-" + i)).toList();
    }

    static List<AuditRecord> records(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Fixtures.record("record-" + i, "thing.done", "user-1", "org-1", "trace-" + i, T0))
                .toList();
    }

    static List<String> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::id).toList();
    }

    List<String> deliverAll() {
        List<EventEnvelope> received = new ArrayList<>();
        backend.outbox().deliver("relay", 100_000, received::add);
        return ids(received);
    }

    @Test
    void storesEveryEventOfAnAppendOfMoreParametersThanOneSplitTakes() throws Exception {
        List<EventEnvelope> events = events(4_000); // 36,000 parameters, split at 30,000

        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, events);
            return null;
        });

        assertThat(deliverAll()).containsExactlyElementsOf(ids(events));
    }

    @Test
    void storesEveryEventOfAnAppendOfMoreParametersThanOneStatementTakes() throws Exception {
        List<EventEnvelope> events = events(8_000); // 72,000 parameters

        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, events);
            return null;
        });

        assertThat(deliverAll()).containsExactlyElementsOf(ids(events));
    }

    @Test
    void storesLargeEventAndAuditAppendsQueuedInTheSameTransaction() throws Exception {
        List<EventEnvelope> events = events(4_000);
        List<AuditRecord> records = records(4_000); // with the events, 72,000 parameters in one flush

        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, events);
            backend.audit().append(transaction, records);
            return null;
        });

        assertThat(deliverAll()).containsExactlyElementsOf(ids(events));
        assertThat(backend.database().count("SELECT COUNT(DISTINCT record_id) FROM cs_audit")).isEqualTo(4_000);
    }
}
