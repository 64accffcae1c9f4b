package io.contractspec.runtime.stores;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.RuntimeSchema;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The runtime's migrations on a real database: idempotent, and apart from the application's own. */
abstract class MigrationContract {

    /**
     * V1 (tables), V2 (outbox sequencer), V3 (audit on_behalf_of), V4 (leases), V5 (subject history),
     * V6 (one outbox row per transaction), V7 (the per-event rows moved into it, Java), V8 (delivery
     * in insert order, positions moved, Java).
     */
    private static final int MIGRATIONS = 8;

    abstract TestDatabase openDatabase();

    @Test
    void createsTheTablesOnceAndThenDoesNothing() {
        try (TestDatabase database = openDatabase()) {
            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(MIGRATIONS);
            assertThat(RuntimeSchema.migrate(database.dataSource())).isZero();

            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_lock")).isEqualTo(1);
            for (String table : new String[] {"cs_outbox_append", "cs_outbox_subject", "cs_outbox_position", "cs_audit", "cs_idempotency", "cs_lease"}) {
                assertThat(database.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void keepsItsHistoryApartFromTheApplicationsMigrations() {
        try (TestDatabase database = openDatabase()) {
            Flyway application = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:io/contractspec/runtime/stores/appdb")
                    .load();

            assertThat(application.migrate().migrationsExecuted).isEqualTo(1);
            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(MIGRATIONS);
            assertThat(application.migrate().migrationsExecuted).isZero();
            assertThat(RuntimeSchema.migrate(database.dataSource())).isZero();

            assertThat(database.count("SELECT COUNT(*) FROM app_customer")).isZero();
            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_lock")).isEqualTo(1);
            assertThat(application.info().applied()).hasSize(1);
        }
    }

    @Test
    void eventsOfThePerEventOutboxMoveIntoAppendsKeepingOrderPositionsAndSubjects() {
        try (TestDatabase database = openDatabase()) {
            RuntimeSchema.configure(Flyway.configure().dataSource(database.dataSource())).target("5").load().migrate();
            database.execute("INSERT INTO cs_outbox (event_id, event_key, event_version, occurred_at, payload,"
                    + " append_id, delivery_seq, subject) VALUES"
                    + " ('e1', 'test.done', '1.0.0', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', '{\"n\":1}', 'e1', 1, 'inst-1'),"
                    + " ('e2', 'test.done', '1.0.0', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:01+00', '{\"n\":2}', 'e2', 2, NULL),"
                    + " ('e3', 'test.done', '1.0.0', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:02+00', '{\"n\":3}', 'e3', NULL, 'inst-1')");
            database.execute("INSERT INTO cs_outbox_position (subscriber, last_seq, updated_at) VALUES ('sub', 1, CURRENT_TIMESTAMP)");

            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(3);

            JdbcOutboxStore outbox = new JdbcOutboxStore(database.dataSource());
            List<String> delivered = new ArrayList<>();
            outbox.deliver("sub", 10, event -> delivered.add(event.id() + "=" + event.payload().get("n")));
            assertThat(delivered).containsExactly("e2=2", "e3=3");
            List<String> fresh = new ArrayList<>();
            outbox.deliver("fresh", 10, event -> fresh.add(event.id()));
            assertThat(fresh).containsExactly("e1", "e2", "e3");
            assertThat(outbox.eventsAbout("inst-1", 0, 10)).extracting(stored -> stored.value().id())
                    .containsExactly("e1", "e3");
            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(3);
        }
    }

    @Test
    void positionsInDeliveryNumbersMoveToInsertOrderRedeliveringOnlyWhatCameOutOfOrder() {
        try (TestDatabase database = openDatabase()) {
            RuntimeSchema.configure(Flyway.configure().dataSource(database.dataSource())).target("7").load().migrate();
            // Insert order a1..a5; a3 committed (and was numbered) before a2; a5 not numbered yet.
            String[][] appends = {{"a1", "1"}, {"a2", "3"}, {"a3", "2"}, {"a4", "4"}, {"a5", null}};
            for (String[] append : appends) {
                database.execute("INSERT INTO cs_outbox_append (append_id, delivery_seq, occurred_at, event_count, events)"
                        + " VALUES ('" + append[0] + "', " + append[1] + ", TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00',"
                        + " 2, '" + twoEvents(append[0]) + "')");
            }
            // done: all delivered; partial: the appends numbered 1 and 2, and one event of number 3 (a2);
            // behind: number 1 and one event of number 2 (a3, which comes after a2 in insert order).
            database.execute("INSERT INTO cs_outbox_position (subscriber, last_seq, updated_at) VALUES"
                    + " ('done', " + (5L << 20) + ", CURRENT_TIMESTAMP),"
                    + " ('partial', " + ((3L << 20) + 1) + ", CURRENT_TIMESTAMP),"
                    + " ('behind', " + ((2L << 20) + 1) + ", CURRENT_TIMESTAMP)");

            assertThat(RuntimeSchema.migrate(database.dataSource())).isEqualTo(1);

            JdbcOutboxStore outbox = new JdbcOutboxStore(database.dataSource());
            assertThat(delivered(outbox, "done")).containsExactly("a5.1", "a5.2");
            assertThat(delivered(outbox, "partial")).containsExactly("a2.2", "a3.1", "a3.2", "a4.1", "a4.2", "a5.1", "a5.2");
            assertThat(delivered(outbox, "behind")).containsExactly("a2.1", "a2.2", "a3.1", "a3.2", "a4.1", "a4.2",
                    "a5.1", "a5.2");
            assertThat(database.count("SELECT COUNT(*) FROM cs_outbox_lock WHERE appends = 0")).isEqualTo(1);
        }
    }

    private static List<String> delivered(JdbcOutboxStore outbox, String subscriber) {
        List<String> delivered = new ArrayList<>();
        outbox.deliver(subscriber, 20, event -> delivered.add(event.id()));
        return delivered;
    }

    private static String twoEvents(String append) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 2; i++) {
            json.append(i == 1 ? "" : ",").append("{\"id\":\"").append(append).append('.').append(i)
                    .append("\",\"key\":\"test.done\",\"version\":\"1.0.0\",\"occurredAt\":\"2026-01-01T10:00:00Z\",\"payload\":{}}");
        }
        return json.append(']').toString();
    }
}
