package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox stores a transaction's events as one row, which delivery never writes again,
 * and hands the events out one by one, a subscriber's position able to stop inside a row.
 */
abstract class JdbcOutboxAppendContract extends StoreContract<JdbcBackend> {

    @Test
    void aTransactionsEventsAreOneRowThatDeliveryDoesNotWrite() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e4")));
            return null;
        });
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(2);
        long versions = rowVersions();

        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("sub", 10, event -> delivered.add(event.id()));
        backend.outbox().deliver("other", 10, event -> delivered.add(event.id()));

        assertThat(delivered).containsExactly("e1", "e2", "e3", "e4", "e1", "e2", "e3", "e4");
        assertThat(backend.database().count("SELECT SUM(event_count) FROM cs_outbox_append")).isEqualTo(4);
        assertThat(rowVersions()).as("the rows' versions after delivery").isEqualTo(versions);
    }

    /**
     * On PostgreSQL, the sum of the rows' creating transactions ({@code xmin}): writing a row gives
     * it a new one. H2 shows no row versions; the rows' count stands in.
     */
    private long rowVersions() {
        return backend.database() instanceof PostgresTestDatabase
                ? backend.database().count("SELECT SUM(CAST(CAST(xmin AS TEXT) AS BIGINT)) FROM cs_outbox_append")
                : backend.database().count("SELECT COUNT(*) FROM cs_outbox_append");
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
