package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.T0;
import static io.contractspec.runtime.stores.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.jdbc.JdbcRetention;
import io.contractspec.runtime.jdbc.JdbcStoreException;
import io.contractspec.runtime.retention.JsonLinesArchive;
import io.contractspec.runtime.retention.RetentionPolicy;
import io.contractspec.runtime.retention.RetentionRun;
import io.contractspec.runtime.spi.IdempotencyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention on a controllable clock: what may go goes, in batches; what a subscriber has not seen stays. */
abstract class RetentionContract extends StoreContract<JdbcBackend> {

    private static final Duration DAY = Duration.ofDays(1);

    private final ManualClock clock = new ManualClock(T0);

    @TempDir
    Path archiveDir;

    private JdbcRetention retention(RetentionPolicy policy, String node) {
        return new JdbcRetention(backend.database().dataSource(), policy, clock, node, Duration.ofMinutes(5));
    }

    private void append(String id, Instant at) throws Exception {
        appendTogether(at, id);
    }

    /** The events of one transaction: one outbox row. */
    private void appendTogether(Instant at, String... ids) throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (String id : ids) {
            events.add(new EventEnvelope(id, "test.thing.happened", "1.0.0", at, "trace", "user-1", "org-1",
                    JsonNodeFactory.instance.objectNode().put("id", id)).about("inst-1"));
        }
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, events);
            return null;
        });
    }

    private List<String> deliver(String subscriber, int limit) {
        List<String> received = new ArrayList<>();
        backend.outbox().deliver(subscriber, limit, event -> received.add(event.id()));
        return received;
    }

    @Test
    void aTransactionsEventsGoTogetherOnceTheSlowestSubscriberHasAllOfThem() throws Exception {
        appendTogether(T0, "e1", "e2", "e3");
        appendTogether(T0, "e4");
        deliver("fast", 10);
        assertThat(deliver("slow", 2)).containsExactly("e1", "e2");
        clock.set(T0.plus(Duration.ofDays(30)));
        RetentionPolicy policy = RetentionPolicy.builder().deliveredEvents(DAY).build();

        assertThat(retention(policy, "n1").runOnce().eventsDeleted()).isZero(); // e3 is not delivered to "slow"
        assertThat(deliver("slow", 1)).containsExactly("e3");
        assertThat(retention(policy, "n1").runOnce().eventsDeleted()).isEqualTo(3);
        assertThat(deliver("slow", 10)).containsExactly("e4");
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(1);
    }

    @Test
    void deliveredOldEventsGoWhileUndeliveredAndRecentOnesStay() throws Exception {
        for (int i = 0; i < 6; i++) {
            append("e" + i, T0.plus(Duration.ofHours(i * 10)));
        }
        assertThat(deliver("fast", 100)).hasSize(6);
        assertThat(deliver("slow", 3)).containsExactly("e0", "e1", "e2");
        clock.set(T0.plus(Duration.ofHours(60)));

        RetentionRun run = retention(RetentionPolicy.builder().deliveredEvents(Duration.ofHours(35)).build(), "n1").runOnce();

        // Older than 35 h: e0 (60 h), e1 (50 h), e2 (40 h); e3 (30 h) is recent; the slow subscriber stopped at e2.
        assertThat(run.eventsDeleted()).isEqualTo(3);
        assertThat(deliver("slow", 100)).containsExactly("e3", "e4", "e5");
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(3);
    }

    @Test
    void aSubjectsHistoryLosesWhatRetentionRemovedAndKeepsTheRest() throws Exception {
        append("e0", T0);
        append("e1", T0.plus(Duration.ofDays(9)));
        deliver("a", 10);
        backend.unitOfWork().run(transaction -> {
            backend.audit().append(transaction, List.of(
                    SubjectHistoryContract.about(record("r1", "test.done", "alice", "org-1", "t1", T0), "inst-1"),
                    SubjectHistoryContract.about(record("r2", "test.done", "bob", "org-1", "t2", T0.plus(Duration.ofDays(9))), "inst-1")));
            return null;
        });
        clock.set(T0.plus(Duration.ofDays(10)));

        retention(RetentionPolicy.builder().deliveredEvents(Duration.ofDays(5)).audit(Duration.ofDays(5)).build(), "n1").runOnce();

        assertThat(backend.outbox().eventsAbout("inst-1", 0, 10)).extracting(stored -> stored.value().id()).containsExactly("e1");
        assertThat(backend.audit().recordsAbout("inst-1", 0, 10)).extracting(stored -> stored.value().id()).containsExactly("r2");
    }

    @Test
    void anEventNoSubscriberHasPassedIsNeverPurged() throws Exception {
        append("e0", T0);
        append("e1", T0);
        deliver("a", 1);
        deliver("b", 2);
        clock.set(T0.plus(Duration.ofDays(30)));

        retention(RetentionPolicy.builder().deliveredEvents(DAY).build(), "n1").runOnce();

        assertThat(deliver("a", 10)).containsExactly("e1");
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(1);
    }

    @Test
    void withoutAnySubscriberNothingCountsAsDelivered() throws Exception {
        append("e0", T0);
        clock.set(T0.plus(Duration.ofDays(30)));

        RetentionRun run = retention(RetentionPolicy.builder().deliveredEvents(DAY).build(), "n1").runOnce();

        assertThat(run.eventsDeleted()).isZero();
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(1);
    }

    @Test
    void expiredIdempotencyKeysGoAndKeysWithinTheirTtlStay() throws Exception {
        save("old-1", T0);
        save("old-2", T0.plus(Duration.ofHours(1)));
        save("fresh", T0.plus(Duration.ofHours(30)));
        clock.set(T0.plus(Duration.ofHours(36)));

        RetentionRun run = retention(RetentionPolicy.builder().idempotencyKeys(DAY).batchSize(1).build(), "n1").runOnce();

        assertThat(run.keysDeleted()).isEqualTo(2);
        assertThat(backend.idempotency().find(key("fresh"))).isPresent();
        assertThat(backend.idempotency().find(key("old-1"))).isEmpty();
        assertThat(backend.idempotency().find(key("old-2"))).isEmpty();
    }

    @Test
    void auditFollowsItsPeriodAndIsArchivedBeforeItGoes() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.audit().append(transaction, List.of(
                    record("r1", "test.done", "alice", "org-1", "t1", T0),
                    record("r2", "test.done", "bob", "org-1", "t2", T0.plus(Duration.ofDays(2))),
                    record("r3", "test.done", "carol", "org-1", "t3", T0.plus(Duration.ofDays(9)))));
            return null;
        });
        clock.set(T0.plus(Duration.ofDays(10)));
        RetentionPolicy policy = RetentionPolicy.builder().audit(Duration.ofDays(5))
                .archive(new JsonLinesArchive(archiveDir, clock)).build();

        RetentionRun run = retention(policy, "n1").runOnce();

        assertThat(run.auditDeleted()).isEqualTo(2);
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_audit")).isEqualTo(1);
        List<String> archived = Files.readAllLines(archiveDir.resolve("cs_audit-" + clock.instant().toString().substring(0, 10) + ".jsonl"));
        assertThat(archived).hasSize(2);
        assertThat(archived.get(0)).contains("\"record_id\":\"r1\"").contains("\"actor\":\"alice\"")
                .contains("\"occurred_at\":\"" + T0 + "\"");
        assertThat(archived.get(1)).contains("\"record_id\":\"r2\"");
    }

    @Test
    void aFailingArchiveLeavesTheBatchInPlace() throws Exception {
        append("e0", T0);
        deliver("a", 10);
        clock.set(T0.plus(Duration.ofDays(30)));
        RetentionPolicy policy = RetentionPolicy.builder().deliveredEvents(DAY)
                .archive((table, rows) -> {
                    throw new IOException("disk full");
                }).build();

        assertThatThrownBy(() -> retention(policy, "n1").runOnce())
                .isInstanceOf(JdbcStoreException.class).hasMessageContaining("nothing of this batch was deleted");
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(1);
    }

    @Test
    void oneNodeAtATimeHoldsTheLeaseUntilItExpires() throws Exception {
        RetentionPolicy policy = RetentionPolicy.builder().idempotencyKeys(DAY).build();
        JdbcRetention first = retention(policy, "node-1");
        JdbcRetention second = retention(policy, "node-2");

        assertThat(first.runOnce().leaseHeld()).isTrue();
        assertThat(second.runOnce().leaseHeld()).isFalse();
        assertThat(first.runOnce().leaseHeld()).isTrue();
        clock.advance(Duration.ofMinutes(6));
        assertThat(second.runOnce().leaseHeld()).isTrue();
        assertThat(first.runOnce().leaseHeld()).isFalse();
    }

    @Test
    void reportsTheSlowestSubscribersLag() throws Exception {
        for (int i = 0; i < 5; i++) {
            append("e" + i, T0);
        }
        deliver("fast", 5);
        deliver("slow", 2);

        RetentionRun run = retention(RetentionPolicy.builder().build(), "n1").runOnce();

        assertThat(run.outboxLag()).isEqualTo(3);
    }

    @Test
    void purgingWhileEventsAreAppendedAndDeliveredLosesNothingASubscriberHasNotSeen() throws Exception {
        clock.set(T0.plus(Duration.ofDays(30)));
        JdbcRetention purge = retention(RetentionPolicy.builder().deliveredEvents(DAY).batchSize(7).build(), "n1");
        List<String> received = new ArrayList<>();
        var threads = Concurrently.threads(3);
        try {
            var appender = threads.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    append(String.format("e%04d", i), T0);
                }
                return null;
            });
            var purger = threads.submit(() -> {
                while (!appender.isDone()) {
                    purge.runOnce();
                }
                return null;
            });
            while (!appender.isDone()) {
                received.addAll(deliver("relay", 13));
            }
            Concurrently.get(appender);
            Concurrently.get(purger);
        } finally {
            Concurrently.stop(threads);
        }
        List<String> more;
        while (!(more = deliver("relay", 100)).isEmpty()) {
            received.addAll(more);
        }

        assertThat(received).hasSize(300).doesNotHaveDuplicates().isSorted();
        purge.runOnce();
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isZero();
    }

    private void save(String id, Instant at) throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.idempotency().save(transaction, key(id),
                    new IdempotencyStore.Entry("hash", 200, JsonNodeFactory.instance.objectNode(), at));
            return null;
        });
    }

    private static IdempotencyStore.Key key(String id) {
        return new IdempotencyStore.Key("user-1", "test.thing.do@1.0.0", id);
    }
}
