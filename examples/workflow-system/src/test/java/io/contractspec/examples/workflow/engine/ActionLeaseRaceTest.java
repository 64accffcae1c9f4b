package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.ManualClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL schema: node A's action run outlives its lease, node B takes the
 * lease over and runs the action too. A finishes first, with a failure, and must record nothing:
 * only the holder of the lease moves the instance.
 */
class ActionLeaseRaceTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final long WAIT_SECONDS = 20;

    private final ManualClock clock = ManualClock.at("2025-01-01T09:00:00Z");
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final CountDownLatch aRunning = new CountDownLatch(1);
    private final CountDownLatch aMayFinish = new CountDownLatch(1);
    private final CountDownLatch bRunning = new CountDownLatch(1);
    private final CountDownLatch bMayFinish = new CountDownLatch(1);
    private PostgresSchema schema;
    private ClusterNode a;
    private ClusterNode b;
    private ClusterRecords records;

    @BeforeEach
    void startNodes() {
        schema = new PostgresSchema();
        a = node("node-a", bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> {
            aRunning.countDown();
            await(aMayFinish);
            throw new ContractException(StandardCode.UNAVAILABLE, "node-a's mail server is down");
        }));
        b = node("node-b", bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> {
            bRunning.countDown();
            await(bMayFinish);
            return json("{sent: true}");
        }));
        records = new ClusterRecords(schema.dataSource);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the action");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ClusterNode node(String name, Consumer<HandlerBindings.Builder> handler) {
        return new ClusterNode(name, schema.url(), PostgresSchema.user(), PostgresSchema.password(), clock,
                WorkflowOptions.builder().nodeId(name).actionLease(LEASE).extraSpecs(StepTypesTest.NOTIFY).actionOperations("test.notify")
                        .extraHandlers(handler).build());
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        aMayFinish.countDown();
        bMayFinish.countDown();
        workers.shutdown();
        assertThat(workers.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        a.close();
        b.close();
        schema.close();
    }

    @Test
    void aWorkerWhoseLeaseWasTakenOverRecordsNothingEvenIfItFinishesFirst() throws Exception {
        String id = startNotify();
        Future<Integer> runOnA = workers.submit(a::fireDue);
        assertThat(aRunning.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        clock.advance(LEASE.plusSeconds(1));
        Future<Integer> runOnB = workers.submit(b::fireDue);
        assertThat(bRunning.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        aMayFinish.countDown();
        assertThat(runOnA.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);

        ObjectNode afterA = instance(id);
        assertThat(afterA.get("status").asText()).as("A's failure is not recorded").isEqualTo("running");
        assertThat(afterA.get("currentStepKey").asText()).isEqualTo("send");
        assertThat(records.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = ?"
                + " AND step_key = 'send' AND exited_at IS NULL AND attempts = 0 AND error_message IS NULL", id))
                .isEqualTo(1);
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE lease_owner = ?", "node-b")).isEqualTo(1);

        bMayFinish.countDown();
        assertThat(runOnB.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);

        ObjectNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("success");
        assertThat(records.eventCounts(TestWorkflow.ORG)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "workflow.instance.started", 1L, "workflow.step.entered", 2L, "workflow.step.exited", 2L,
                "workflow.instance.completed", 1L));
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE organization_id = ?", TestWorkflow.ORG))
                .isZero();
    }

    private ObjectNode instance(String id) {
        return b.call(TestWorkflow.ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    private String startNotify() {
        String id = a.call(TestWorkflow.ADMIN, "workflow.definition.create", "{name: 'Notify', key: 'notify'}")
                .get("id").asText();
        for (String step : new String[] {
                "{key: 'send', name: 'Send', type: 'action', actionConfig: {operation: 'test.notify', maxAttempts: 1},"
                        + " transitions: {success: 'sent'}}",
                "{key: 'sent', name: 'Sent', type: 'end', transitions: {}}"}) {
            ObjectNode input = (ObjectNode) json(step);
            input.put("workflowId", id);
            a.call(TestWorkflow.ADMIN, "workflow.step.add", input.toString());
        }
        a.call(TestWorkflow.ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        return a.call(TestWorkflow.REQUESTER, "workflow.instance.start", "{workflowKey: 'notify'}").get("id").asText();
    }
}
