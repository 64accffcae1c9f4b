package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox stores a transaction's events as one row, numbers that row once for delivery
 * (never each event), and hands the events out one by one, a subscriber's position able to stop
 * inside a row.
 */
abstract class JdbcOutboxAppendContract extends StoreContract<JdbcBackend> {

    @Test
    void aTransactionsEventsAreOneRowNumberedOnce() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e4")));
            return null;
        });
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(2);
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append WHERE delivery_seq IS NULL"))
                .isEqualTo(2);

        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("sub", 10, event -> delivered.add(event.id()));

        assertThat(delivered).containsExactly("e1", "e2", "e3", "e4");
        assertThat(backend.database().count("SELECT MAX(delivery_seq) FROM cs_outbox_append")).isEqualTo(2);
        assertThat(backend.database().count("SELECT SUM(event_count) FROM cs_outbox_append")).isEqualTo(4);
    }

    @Test
    void aPositionInsideARowContinuesWithTheRowsNextEvent() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("sub", 2, event -> delivered.add(event.id()));
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e4")));
            return null;
        });
        backend.outbox().deliver("sub", 1, event -> delivered.add(event.id()));
        backend.outbox().deliver("sub", 10, event -> delivered.add(event.id()));

        assertThat(delivered).containsExactly("e1", "e2", "e3", "e4");
    }
}
