package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The events a timer causes reach subscribers as soon as it has fired, not at the next scheduled relay. */
class TimerRelayTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final List<EventEnvelope> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        workflow.close();
    }

    @Test
    void aFiredTimersEventsAreDeliveredBeforeFireDueReturns() {
        new Designs(workflow).publish("cooling-off",
                "{key: 'cool', name: 'Cool off', type: 'wait', timeoutSeconds: 60, transitions: {timeout: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        workflow.runtime.subscribe("recorder", received::add);
        workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'cooling-off'}");
        received.clear();

        assertThat(workflow.fireAfter(Duration.ofSeconds(60))).isEqualTo(1);

        assertThat(received).extracting(EventEnvelope::key).containsExactly(
                "workflow.step.exited", "workflow.step.entered", "workflow.step.exited", "workflow.instance.completed");
    }
}
