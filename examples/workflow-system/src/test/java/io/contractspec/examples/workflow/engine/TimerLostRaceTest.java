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
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A timer and a command race on one instance, in the order that makes the timer lose: the worker has
 * leased the due timeout, and before its firing starts the step is left by a command (which deletes the
 * timer). The firing then finds its lease gone (CONFLICT): the worker records nothing, counts nothing,
 * throws nothing, and stops the round; the instance keeps what the command did. Firings are held at
 * gates the test opens (an execution listener at the start of the firing's work), so the order is forced.
 */
class TimerLostRaceTest {

    private static final long WAIT_SECONDS = 20;

    private final Queue<Gate> gates = new ConcurrentLinkedQueue<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final TestWorkflow workflow = TestWorkflow.h2(WorkflowOptions.builder().listener(new HoldFiring()).build());

    /** Where one firing waits: it says it arrived, then waits until the test opens the gate. */
    private record Gate(CountDownLatch arrived, CountDownLatch open) {
        Gate() {
            this(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    /** Holds each firing of a timer at the start of its work at the next gate the test set, if any. */
    private final class HoldFiring implements ExecutionListener {
        @Override
        public Completion<StageOutcome> beginStage(StageParameters stage) {
            if (stage.stage() == Stage.HANDLER && stage.call().operationKey().equals("workflow.timer.fire")) {
                Gate gate = gates.poll();
                if (gate != null) {
                    gate.arrived().countDown();
                    await(gate.open());
                }
            }
            return Completion.none();
        }
    }

    private Gate gate() {
        Gate gate = new Gate();
        gates.add(gate);
        return gate;
    }

    private Future<Integer> fireDueAt(Instant now) {
        return workers.submit(() -> workflow.runtime.timerWorker().fireDue(now));
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
        gates.forEach(gate -> gate.open().countDown());
        workers.shutdown();
        assertThat(workers.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        workflow.close();
    }

    private String startTimed() {
        new Designs(workflow).publish("timed",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60,"
                        + " transitions: {done: 'finished', timeout: 'late'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}",
                "{key: 'late', name: 'Late', type: 'end', transitions: {}}");
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'timed'}").get("id").asText();
    }

    @Test
    void aTimerThatLostTheRaceToACommandRecordsNothingAndEndsTheRound() throws Exception {
        String id = startTimed();
        workflow.clock.advance(Duration.ofSeconds(60));

        Gate gate = gate();
        Future<Integer> round = fireDueAt(workflow.clock.instant());
        assertThat(gate.arrived().await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the worker leased the timer").isTrue();
        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'done'}");
        gate.open().countDown();

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

    /**
     * Worker A leased the timer and stalls past its lease; worker B leases it anew. A then finds its
     * lease taken over: it leaves B's lease alone (no give-back of a lease that is not its own), and B
     * fires the timer.
     */
    @Test
    void aWorkerWhoseLeaseWasTakenOverLeavesTheNewLeaseAlone() throws Exception {
        String id = startTimed();
        workflow.clock.advance(Duration.ofSeconds(60));
        Instant due = workflow.clock.instant();
        Gate gateA = gate();
        Future<Integer> roundA = fireDueAt(due);
        assertThat(gateA.arrived().await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        Gate gateB = gate();
        Future<Integer> roundB = fireDueAt(due.plus(WorkflowOptions.defaults().actionLease()).plusSeconds(1));
        assertThat(gateB.arrived().await(WAIT_SECONDS, TimeUnit.SECONDS)).as("B leased the timer A's lease let go")
                .isTrue();
        gateA.open().countDown();
        assertThat(roundA.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("A lost").isZero();
        gateB.open().countDown();

        assertThat(roundB.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("B fired").isEqualTo(1);
        ObjectNode instance = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("outcome").asText()).isEqualTo("timeout");
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.timer.fired'")).isEqualTo(1);
    }
}
