package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Outbox stores under concurrent appenders and deliverers: exactly once per round, nothing skipped. */
abstract class OutboxConcurrencyContract extends StoreContract<Backend> {

    private static final int APPENDERS = 4;
    private static final int TRANSACTIONS_EACH = 30;

    @Test
    void concurrentAppendersAreDeliveredExactlyOnceAndTransactionByTransaction() throws Exception {
        ExecutorService threads = Concurrently.threads(APPENDERS + 1);
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            // The relay runs while appends commit: a store that let it read past an uncommitted
            // smaller position would skip that event for good.
            Future<?> relay = threads.submit(() -> {
                while (appending.get()) {
                    backend.outbox().deliver("relay", 7, received -> delivered.add(received.id()));
                }
                return null;
            });
            List<Future<?>> appenders = new ArrayList<>();
            for (int thread = 0; thread < APPENDERS; thread++) {
                String prefix = "t" + thread + "-";
                appenders.add(threads.submit(() -> {
                    for (int tx = 0; tx < TRANSACTIONS_EACH; tx++) {
                        List<EventEnvelope> pair = List.of(event(prefix + tx + "a"), event(prefix + tx + "b"));
                        backend.unitOfWork().run(transaction -> {
                            backend.outbox().append(transaction, pair);
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> appender : appenders) {
                Concurrently.get(appender);
            }
            appending.set(false);
            Concurrently.get(relay);
        } finally {
            Concurrently.stop(threads);
        }
        while (backend.outbox().deliver("relay", 7, received -> delivered.add(received.id())) > 0) {
            // drain what the relay had not reached yet
        }

        assertThat(delivered).hasSize(APPENDERS * TRANSACTIONS_EACH * 2).doesNotHaveDuplicates();
        for (int i = 0; i < delivered.size(); i += 2) {
            String first = delivered.get(i);
            assertThat(first).endsWith("a");
            assertThat(delivered.get(i + 1)).isEqualTo(first.substring(0, first.length() - 1) + "b");
        }
        for (int thread = 0; thread < APPENDERS; thread++) {
            String prefix = "t" + thread + "-";
            List<String> own = delivered.stream().filter(id -> id.startsWith(prefix)).toList();
            List<String> expected = new ArrayList<>();
            for (int tx = 0; tx < TRANSACTIONS_EACH; tx++) {
                expected.add(prefix + tx + "a");
                expected.add(prefix + tx + "b");
            }
            assertThat(own).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aSecondDeliveryWhileTheFirstIsRunningFindsNothingToDo() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> first = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Concurrently.threads(1);
        try {
            Future<Integer> running = threads.submit(() -> backend.outbox().deliver("mailer", 10, received -> {
                first.add(received.id());
                inside.countDown();
                Concurrently.await(release);
            }));
            Concurrently.await(inside);

            List<String> second = new ArrayList<>();
            int secondCount = backend.outbox().deliver("mailer", 10, received -> second.add(received.id()));
            release.countDown();

            assertThat(secondCount).isZero();
            assertThat(second).isEmpty();
            assertThat(Concurrently.get(running)).isEqualTo(3);
        } finally {
            release.countDown();
            Concurrently.stop(threads);
        }
        assertThat(first).containsExactly("e1", "e2", "e3");
        assertThat(backend.outbox().deliver("mailer", 10, received -> {
            throw new AssertionError("delivered twice: " + received.id());
        })).isZero();
    }

    @Test
    void concurrentFirstDeliveriesToANewSubscriberDeliverEachEventOnce() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(event("e" + i));
        }
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, events);
            return null;
        });
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Concurrently.threads(4);
        try {
            List<Future<Integer>> deliverers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliverers.add(threads.submit(() -> {
                    Concurrently.await(start);
                    return backend.outbox().deliver("newcomer", 100, received -> delivered.add(received.id()));
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> deliverer : deliverers) {
                total += Concurrently.get(deliverer);
            }
            assertThat(total).isEqualTo(20);
        } finally {
            Concurrently.stop(threads);
        }
        assertThat(delivered).containsExactlyElementsOf(events.stream().map(EventEnvelope::id).toList());
    }
}
