package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.JdbcSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox delivers appends in the order they took their numbers (at insert, when a
 * transaction sends its writes), never skipping one: a number taken by a transaction still open
 * holds back the appends after it (on PostgreSQL they commit meanwhile and wait to be delivered;
 * on H2 they wait to be written), and a number whose transaction rolled back is passed once that
 * transaction has ended.
 */
abstract class JdbcOutboxOrderContract extends StoreContract<JdbcBackend> {

    @Test
    void anAppendStillQueuedInAnOpenTransactionDoesNotHoldBackOnesCommittedMeanwhile() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(1);
        List<String> delivered = new ArrayList<>();
        try {
            Future<Object> early = Concurrently.start(threads, () -> backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event("queued-first")));
                appended.countDown();
                Concurrently.await(release);
                return null;
            }));
            Concurrently.await(appended);

            // The open transaction's append is queued, not sent: it has no number yet and no lock.
            backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event("committed-first")));
                return null;
            });
            backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
            assertThat(delivered).containsExactly("committed-first");

            release.countDown();
            Concurrently.get(early);
            backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
        } finally {
            release.countDown();
            Concurrently.stop(threads);
        }
        assertThat(delivered).containsExactly("committed-first", "queued-first");
    }

    @Test
    void aNumberTakenByAnOpenTransactionHoldsBackTheAppendsAfterItUntilItCommits() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("before")));
            return null;
        });
        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
        runWithFirstNumberOpen(false, () -> {
            backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
            assertThat(delivered).containsExactly("before");
        });
        backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));

        assertThat(delivered).containsExactly("before", "numbered-first", "numbered-second");
    }

    @Test
    void aNumberWhoseTransactionRolledBackIsPassedOnceItHasEnded() throws Exception {
        List<String> delivered = new ArrayList<>();
        runWithFirstNumberOpen(true, () -> {
            backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
            assertThat(delivered).isEmpty();
        });
        backend.outbox().deliver("relay", 10, received -> delivered.add(received.id()));
        backend.outbox().deliver("other", 10, received -> delivered.add("other:" + received.id()));

        assertThat(delivered).containsExactly("numbered-second", "other:numbered-second");
    }

    @Test
    void aSubscriberStartingBelowTheOldestAppendKeptGetsTheRestAtOnce() throws Exception {
        for (String id : List.of("e1", "e2", "e3")) {
            backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event(id)));
                return null;
            });
        }
        backend.database().execute("DELETE FROM cs_outbox_append WHERE append_id = 'e1'"); // as retention would

        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("late", 10, received -> delivered.add(received.id()));

        assertThat(delivered).containsExactly("e2", "e3");
    }

    /**
     * Runs {@code whileOpen} while a transaction holds the number of its append ("numbered-first",
     * sent, not committed) and a second one has appended after it ("numbered-second"; on H2 it is
     * waiting to); then lets the first commit, or roll back, and waits for both to end.
     */
    private void runWithFirstNumberOpen(boolean rollBackFirst, ThrowingRunnable whileOpen) throws Exception {
        CountDownLatch numbered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(2);
        try {
            Future<Object> first = Concurrently.start(threads, () -> backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event("numbered-first")));
                JdbcSession.of(transaction).flush();
                numbered.countDown();
                Concurrently.await(release);
                if (rollBackFirst) {
                    throw new IllegalStateException("rolled back on purpose");
                }
                return null;
            }));
            Concurrently.await(numbered);
            Future<Object> second = Concurrently.start(threads, () -> backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event("numbered-second")));
                return null;
            }));
            if (backend.database() instanceof PostgresTestDatabase) {
                Concurrently.get(second); // committed while the first is open
            } else {
                Concurrently.until("the second append waits for the first", () -> backend.database().count(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL") > 0);
            }

            whileOpen.run();

            release.countDown();
            try {
                Concurrently.get(first);
            } catch (java.util.concurrent.ExecutionException expected) {
                assertThat(rollBackFirst).as("the first transaction failed: " + expected.getCause()).isTrue();
            }
            Concurrently.get(second);
        } finally {
            release.countDown();
            Concurrently.stop(threads);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
