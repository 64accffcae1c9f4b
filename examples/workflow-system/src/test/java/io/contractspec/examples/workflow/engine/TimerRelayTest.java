package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The events a timer causes reach subscribers as soon as it has fired: its commit wakes the event
 * bus's dispatcher, nobody relays (the latch's timeout only turns a hang into a failure).
 */
class TimerRelayTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch completed = new CountDownLatch(1);

    @AfterEach
    void close() {
        workflow.close();
    }

    @Test
    void aFiredTimersCommitWakesTheDispatcherThatDeliversItsEvents() throws Exception {
        new Designs(workflow).publish("cooling-off",
                "{key: 'cool', name: 'Cool off', type: 'wait', timeoutSeconds: 60, transitions: {timeout: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        workflow.runtime.subscribe("recorder", event -> {
            received.add(event);
            if (event.key().equals("workflow.instance.completed")) {
                completed.countDown();
            }
        });
        workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'cooling-off'}");
        workflow.runtime.eventBus().relay();
        received.clear();

        assertThat(workflow.fireAfter(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(completed.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(received).extracting(EventEnvelope::key).containsExactly(
                "workflow.step.exited", "workflow.step.entered", "workflow.step.exited", "workflow.instance.completed");
    }
}
