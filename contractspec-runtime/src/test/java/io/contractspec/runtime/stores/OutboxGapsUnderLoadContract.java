package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.spi.OutboxStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Appends committing out of order while readers deliver: writers on several threads, a share of
 * whose transactions roll back after their append took its number, and two subscribers reading
 * all the while, each from two nodes (two stores on the database, each with its own knowledge of
 * gaps, taking turns through the position lock). Every subscriber gets every committed event
 * exactly once, none of the rolled-back ones, each writer's events in its commit order, and no
 * reader stays stuck at a gap once the writers have stopped.
 */
abstract class OutboxGapsUnderLoadContract extends StoreContract<JdbcBackend> {

    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_PER_WRITER = 150;

    @Test
    void everyCommittedEventArrivesOnceAndInOrderWhileAppendsCommitOutOfOrderAndSomeRollBack() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        List<List<String>> delivered = List.of(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<OutboxStore> nodes = List.of(backend.outbox(), new JdbcOutboxStore(backend.database().dataSource()));
        ExecutorService threads = Concurrently.threads(WRITERS + delivered.size() * nodes.size());
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(Concurrently.start(threads, () -> {
                    write(writer, committed);
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < delivered.size(); r++) {
                String subscriber = "reader-" + r;
                List<String> into = delivered.get(r);
                for (OutboxStore node : nodes) {
                    readers.add(Concurrently.start(threads, () -> {
                        while (writing.get()) {
                            node.deliver(subscriber, 50, event -> into.add(event.id()));
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> writer : writers) {
                Concurrently.get(writer);
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                Concurrently.get(reader);
            }
            for (int r = 0; r < delivered.size(); r++) {
                String subscriber = "reader-" + r;
                List<String> into = delivered.get(r);
                Concurrently.until(subscriber + " has every committed event", () -> {
                    backend.outbox().deliver(subscriber, 500, event -> into.add(event.id()));
                    return into.size() >= committed.size();
                });
            }
        } finally {
            writing.set(false);
            Concurrently.stop(threads);
        }
        for (List<String> events : delivered) {
            assertThat(events).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(committed);
            for (int w = 0; w < WRITERS; w++) {
                String prefix = "w" + w + "-";
                List<Integer> ofWriter = events.stream().filter(id -> id.startsWith(prefix))
                        .map(id -> Integer.parseInt(id.substring(prefix.length()))).toList();
                assertThat(ofWriter).as("writer %d's events in its commit order", w).isSorted();
            }
        }
        assertThat(delivered.get(0)).as("both readers in one order").containsExactlyElementsOf(delivered.get(1));
    }

    /** One writer's transactions; every fifth rolls back after its append was sent (its number taken). */
    private void write(int writer, Set<String> committed) throws Exception {
        for (int i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
            String id = "w" + writer + "-" + i;
            boolean rollBack = i % 5 == 3;
            try {
                backend.unitOfWork().run(transaction -> {
                    backend.outbox().append(transaction, List.of(event(id)));
                    JdbcSession.of(transaction).flush();
                    if (rollBack) {
                        throw new IllegalStateException("rolled back on purpose");
                    }
                    return null;
                });
                committed.add(id);
            } catch (IllegalStateException expected) {
                assertThat(rollBack).as(expected.getMessage()).isTrue();
            }
        }
    }
}
