package io.contractspec.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call that commits while another thread relays does not wait for it: the relaying thread runs
 * one more round for it, and stops after a bounded number of rounds under steady requests.
 * Timeouts here only turn a hang into a failure; nothing waits for time to pass.
 */
class EventBusRelayTest {

    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final EventBus bus = new EventBus(outbox);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private void commit(String id) throws Exception {
        EventEnvelope event = new EventEnvelope(id, "test.thing.happened", "1.0.0", Instant.EPOCH, "trace-" + id,
                "user-1", "org-1", JsonNodeFactory.instance.objectNode().put("id", id));
        unitOfWork.run(transaction -> {
            outbox.append(transaction, List.of(event));
            return null;
        });
    }

    @Test
    void aRelayAskedForWhileAnotherRunsReturnsAtOnceAndTheRunningOneDeliversItsEvents() throws Exception {
        CountDownLatch inFirstEvent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        bus.subscribe("blocking", event -> {
            if (event.id().equals("e1")) {
                inFirstEvent.countDown();
                release.await();
            }
            seen.add(event.id());
        });
        commit("e1");
        Future<Integer> relaying = threads.submit(bus::relay);
        assertThat(inFirstEvent.await(10, TimeUnit.SECONDS)).isTrue();

        commit("e2");
        Future<Integer> asking = threads.submit(bus::relay);

        assertThat(asking.get(10, TimeUnit.SECONDS)).isZero(); // returned while the first relay is still blocked
        assertThat(seen).isEmpty();
        release.countDown();
        assertThat(relaying.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(seen).containsExactly("e1", "e2");
    }

    @Test
    void aRelayingCallStopsAfterItsRoundsAndTheNextRelayGoesOn() throws Exception {
        // Every delivery commits one more event and asks for a relay from another thread (up to 100 events, so
        // that a relay without a limit ends too, and fails the test instead of running forever).
        bus.subscribe("chain", event -> {
            seen.add(event.id());
            if (seen.size() < 100) {
                commit("after-" + event.id());
                threads.submit(bus::relay).get(10, TimeUnit.SECONDS);
            }
        });
        commit("e0");

        assertThat(bus.relay()).isEqualTo(EventBus.MAX_ROUNDS);
        assertThat(seen).hasSize(EventBus.MAX_ROUNDS);
        assertThat(bus.relay()).isEqualTo(EventBus.MAX_ROUNDS); // the open request was not lost
        assertThat(seen).hasSize(2 * EventBus.MAX_ROUNDS);
    }

    @Test
    void aRelayWithoutAnotherRunningDeliversEverythingItself() throws Exception {
        bus.subscribe("plain", event -> seen.add(event.id()));
        commit("a");
        commit("b");

        assertThat(bus.relay()).isEqualTo(2);
        assertThat(seen).containsExactly("a", "b");
        assertThat(bus.relay()).isZero();
    }
}
