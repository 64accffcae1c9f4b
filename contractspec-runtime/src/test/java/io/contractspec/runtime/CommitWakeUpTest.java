package io.contractspec.runtime;

import static io.contractspec.runtime.Fixtures.RUNNING;
import static io.contractspec.runtime.Fixtures.START;
import static io.contractspec.runtime.Fixtures.STARTED;
import static io.contractspec.runtime.Fixtures.VALID_START;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.json;
import static io.contractspec.runtime.Fixtures.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The executor's side of delivery: a commit that emitted events wakes the event bus's dispatcher
 * (nobody relays by hand), and closing the executor stops the dispatcher, leaving later events in
 * the outbox.
 */
class CommitWakeUpTest {

    private final CountDownLatch delivered = new CountDownLatch(1);
    private final Harness harness = new Harness(List.of(START, STARTED), (handlers, h) -> handlers.bind(START,
            (input, context) -> {
                context.emit(STARTED, json("{id: 'inst-1', name: 'onboarding'}"));
                return json(RUNNING);
            }), builder -> builder.subscribe("latch", event -> delivered.countDown()));

    @Test
    void aCommitWithEventsWakesTheDispatcherWithoutAnyoneRelaying() throws Exception {
        successOf(harness.call(START.key(), VALID_START, alice()));

        // A bound on the wait, not a timing: the dispatcher delivers as soon as it is woken.
        assertThat(delivered.await(30, TimeUnit.SECONDS)).as("delivered by the dispatcher alone").isTrue();
        assertThat(harness.received).extracting(EventEnvelope::key).containsExactly(STARTED.key());
        harness.executor.close();
    }

    @Test
    void closingTheExecutorStopsItsDispatcherAndLaterEventsWaitInTheOutbox() {
        harness.executor.close();

        successOf(harness.call(START.key(), VALID_START, alice()));

        assertThat(harness.executor.eventBus().relay()).as("a closed bus delivers nothing").isZero();
        assertThat(delivered.getCount()).isEqualTo(1);
        assertThat(harness.received).isEmpty();
        assertThat(harness.outbox.events()).extracting(EventEnvelope::key).containsExactly(STARTED.key());
    }
}
