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
 * The event bus delivers on its own dispatcher thread: a wake-up returns at once, a relay waits
 * for a round that started after it, and nobody else ever delivers. Timeouts here only turn a hang
 * into a failure; nothing waits for time to pass.
 */
class EventBusRelayTest {

    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final EventBus bus = new EventBus(outbox);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
        bus.close();
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
    void deliversOnTheDispatcherNeverOnTheCallersThread() throws Exception {
        List<String> deliveringThreads = new CopyOnWriteArrayList<>();
        bus.subscribe("plain", event -> {
            seen.add(event.id());
            deliveringThreads.add(Thread.currentThread().getName());
        });
        commit("a");
        commit("b");

        assertThat(bus.relay()).isEqualTo(2);
        assertThat(seen).containsExactly("a", "b");
        assertThat(deliveringThreads).containsOnly("contractspec-event-dispatcher");
        assertThat(bus.relay()).isZero();
    }

    @Test
    void aWakeUpReturnsWhileTheDispatcherIsBusyAndARelayWaitsForARoundAfterIt() throws Exception {
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
        bus.wake(); // returns although the delivery it asked for blocks
        assertThat(inFirstEvent.await(10, TimeUnit.SECONDS)).isTrue();

        commit("e2");
        Future<Integer> relaying = threads.submit(bus::relay);
        assertThat(relaying.isDone()).isFalse(); // the dispatcher is blocked in e1, so no later round can have run
        assertThat(seen).isEmpty();

        release.countDown();
        assertThat(relaying.get(10, TimeUnit.SECONDS)).isEqualTo(1); // the round after e1's: e2
        assertThat(seen).containsExactly("e1", "e2");
    }

    @Test
    void aSubscriberThatRelaysGetsAnotherRoundInsteadOfWaitingForItself() throws Exception {
        List<Integer> relayedFromInside = new CopyOnWriteArrayList<>();
        bus.subscribe("chain", event -> {
            seen.add(event.id());
            if (event.id().equals("e0")) {
                commit("e1");
                relayedFromInside.add(bus.relay());
            }
        });
        commit("e0");

        bus.relay();
        bus.relay();

        assertThat(relayedFromInside).containsExactly(0);
        assertThat(seen).containsExactly("e0", "e1");
    }

    @Test
    void aFailingSubscriberIsRetriedOnTheNextRoundAndDoesNotStopTheOthers() throws Exception {
        List<String> steady = new CopyOnWriteArrayList<>();
        bus.subscribe("flaky", event -> {
            if (seen.add(event.id()) && seen.size() == 1) {
                throw new AssertionError("first delivery fails");
            }
        });
        bus.subscribe("steady", event -> steady.add(event.id()));
        commit("a");

        bus.relay();
        bus.relay();

        assertThat(seen).containsExactly("a", "a");
        assertThat(steady).containsExactly("a");
    }

    @Test
    void closingStopsTheDispatcherAndLaterWakeUpsDoNothing() throws Exception {
        bus.subscribe("plain", event -> seen.add(event.id()));
        commit("a");
        bus.relay();

        bus.close();
        commit("b");
        bus.wake();

        assertThat(bus.relay()).isZero();
        assertThat(seen).containsExactly("a");
        assertThat(outbox.deliver("plain", 10, event -> seen.add(event.id()))).isEqualTo(1); // b waits in the outbox
    }

    @Test
    void wakeActionsRunAtEveryWakeUpWithoutSubscribersAndOneThatThrowsStopsNoOther() {
        List<String> woken = new CopyOnWriteArrayList<>();
        bus.onWake(() -> woken.add("first")).onWake(() -> {
            throw new IllegalStateException("a relay that cannot be signalled");
        }).onWake(() -> woken.add("third"));

        try (CapturedLog log = CapturedLog.of(EventBus.class)) {
            bus.wake();
            bus.wake();
            assertThat(log.text()).contains("SEVERE An action run at an event bus wake-up failed",
                    "a relay that cannot be signalled");
        }

        assertThat(woken).containsExactly("first", "third", "first", "third");
        assertThat(bus.hasSubscribers()).isFalse();
    }
}
