package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.runtime.Completion;
import io.contractspec.runtime.ExecutionListener;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.StageOutcome;
import io.contractspec.runtime.StageParameters;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A timer and a command race on one instance, in the order that makes the timer lose: the worker has
 * leased the due timeout, and before its firing starts the step is left by a command (which deletes the
 * timer). The firing then finds its lease gone (CONFLICT): the worker records nothing, counts nothing,
 * throws nothing, and stops the round; the instance keeps what the command did.
 */
class TimerLostRaceTest {

    private static final long WAIT_SECONDS = 20;

    private final CountDownLatch firing = new CountDownLatch(1);
    private final CountDownLatch mayFire = new CountDownLatch(1);
    private final AtomicBoolean holdNextFiring = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final TestWorkflow workflow = TestWorkflow.h2(WorkflowOptions.builder().listener(new HoldFiring()).build());

    /** Holds the first firing of a timer at the start of its work, until the test lets it go on. */
    private final class HoldFiring implements ExecutionListener {
        @Override
        public Completion<StageOutcome> beginStage(StageParameters stage) {
            if (stage.stage() == Stage.HANDLER && stage.call().operationKey().equals("workflow.timer.fire")
                    && holdNextFiring.compareAndSet(true, false)) {
                firing.countDown();
                await(mayFire);
            }
            return Completion.none();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the firing go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() throws InterruptedException {
        mayFire.countDown();
        worker.shutdown();
        assertThat(worker.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        workflow.close();
    }

    @Test
    void aTimerThatLostTheRaceToACommandRecordsNothingAndEndsTheRound() throws Exception {
        new Designs(workflow).publish("timed",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60,"
                        + " transitions: {done: 'finished', timeout: 'late'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}",
                "{key: 'late', name: 'Late', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'timed'}").get("id").asText();
        workflow.clock.advance(Duration.ofSeconds(60));

        holdNextFiring.set(true);
        Future<Integer> round = worker.submit(() -> workflow.runtime.timerWorker().fireDue(workflow.clock.instant()));
        assertThat(firing.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the worker leased the timer").isTrue();
        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'done'}");
        mayFire.countDown();

        assertThat(round.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("a lost race fires nothing").isZero();
        ObjectNode instance = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("status").asText()).isEqualTo("completed");
        assertThat(instance.get("outcome").asText()).isEqualTo("done");
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE status = 'timeout'")).isZero();
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer")).isZero();
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.timer.fired'")).isZero();
        assertThat(workflow.outboxKeys()).containsOnlyOnce("workflow.instance.completed");
        assertThat(workflow.fireAfter(Duration.ZERO)).isZero();
    }
}
