package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.WorkflowOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping of action steps: every failed run is counted on the step's visit with its error,
 * the retry is due after {@code retryDelaySeconds × attempts}, and the timer row is gone once the
 * action succeeded or failed for the last time.
 */
class ActionTimerRowsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile int failuresBeforeSuccess;

    private final TestWorkflow workflow = TestWorkflow.h2(WorkflowOptions.builder()
            .extraSpecs(StepTypesTest.NOTIFY)
            .actionOperations("test.notify")
            .extraHandlers(bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> {
                if (runs.incrementAndGet() <= failuresBeforeSuccess) {
                    throw new ContractException(StandardCode.UNAVAILABLE, "mail server down (run " + runs.get() + ")");
                }
                return json("{sent: true}");
            }))
            .build());

    @AfterEach
    void close() {
        workflow.close();
    }

    private String start(int maxAttempts, boolean withFailure) {
        String send = "{key: 'send', name: 'Send', type: 'action', actionConfig: {operation: 'test.notify', maxAttempts: "
                + maxAttempts + ", retryDelaySeconds: 10}, transitions: {success: 'sent'"
                + (withFailure ? ", failure: 'undeliverable'" : "") + "}}";
        String sent = "{key: 'sent', name: 'Sent', type: 'end', transitions: {}}";
        if (withFailure) {
            new Designs(workflow).publish("notify", send, sent,
                    "{key: 'undeliverable', name: 'Undeliverable', type: 'end', transitions: {}}");
        } else {
            new Designs(workflow).publish("notify", send, sent);
        }
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'notify'}").get("id").asText();
    }

    private String visit() {
        return workflow.count("SELECT attempts FROM step_execution WHERE step_key = 'send'") + " attempts, "
                + workflow.count("SELECT COUNT(*) FROM step_execution WHERE step_key = 'send'"
                        + " AND error_message LIKE '%UNAVAILABLE: mail server down (run " + runs.get() + ")'")
                + " with the last error";
    }

    private long timers() {
        return workflow.count("SELECT COUNT(*) FROM workflow_timer");
    }

    @Test
    void countsEveryFailedRunAndRetriesAfterALinearlyGrowingDelay() {
        failuresBeforeSuccess = 2;
        start(3, true);

        assertThat(workflow.fireAfter(Duration.ZERO)).isEqualTo(1);
        assertThat(visit()).isEqualTo("1 attempts, 1 with the last error");
        assertThat(workflow.count("SELECT attempts FROM workflow_timer")).isEqualTo(1);

        assertThat(workflow.fireAfter(Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(visit()).isEqualTo("2 attempts, 1 with the last error");
        assertThat(workflow.fireAfter(Duration.ofSeconds(19))).as("the second retry waits 20 s").isZero();
        assertThat(workflow.fireAfter(Duration.ofSeconds(1))).isEqualTo(1);

        assertThat(runs.get()).isEqualTo(3);
        assertThat(timers()).as("no timer is left after success").isZero();
    }

    @Test
    void deletesTheTimerAfterTheLastFailedRunWhenTheStepHasAFailureTransition() {
        failuresBeforeSuccess = Integer.MAX_VALUE;
        String id = start(2, true);

        workflow.fireAfter(Duration.ZERO);
        assertThat(timers()).isEqualTo(1);
        workflow.fireAfter(Duration.ofSeconds(10));

        // the failed visit keeps its count; the last error is the comment of the failure transition
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE step_key = 'send' AND status = 'failed'"
                + " AND attempts = 2 AND comment_text LIKE '%UNAVAILABLE: mail server down (run 2)'")).isEqualTo(1);
        assertThat(timers()).isZero();
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("outcome").asText())
                .isEqualTo("failure");
        assertThat(workflow.fireAfter(Duration.ofHours(1))).isZero();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void deletesTheTimerAfterTheLastFailedRunThatFailsTheInstance() {
        failuresBeforeSuccess = Integer.MAX_VALUE;
        String id = start(1, false);

        workflow.fireAfter(Duration.ZERO);

        assertThat(timers()).isZero();
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("status").asText())
                .isEqualTo("failed");
        assertThat(workflow.fireAfter(Duration.ofHours(1))).isZero();
        assertThat(runs.get()).isEqualTo(1);
    }
}
