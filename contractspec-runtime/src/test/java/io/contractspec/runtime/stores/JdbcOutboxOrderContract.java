package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox's delivery order is the order events commit in, not the order they were
 * inserted in: appending transactions do not wait for each other, and an event inserted first but
 * committed last is delivered last rather than skipped.
 */
abstract class JdbcOutboxOrderContract extends StoreContract<JdbcBackend> {

    @Test
    void anEventCommittedAfterALaterInsertedOneIsDeliveredAfterItNotSkipped() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(1);
        List<String> delivered = new ArrayList<>();
        try {
            Future<Object> early = Concurrently.start(threads, () -> backend.unitOfWork().run(transaction -> {
                backend.outbox().append(transaction, List.of(event("inserted-first")));
                appended.countDown();
                Concurrently.await(release);
                return null;
            }));
            Concurrently.await(appended);

            // Does not wait for the open transaction: appends take no lock.
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
        assertThat(delivered).containsExactly("committed-first", "inserted-first");
    }
}
