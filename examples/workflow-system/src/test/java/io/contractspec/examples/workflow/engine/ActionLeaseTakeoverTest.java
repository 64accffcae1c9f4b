package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.ManualClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL schema: node A leases an action step's timer and dies while the
 * action runs; once the lease runs out, node B runs the action and moves the instance, once.
 */
class ActionLeaseTakeoverTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    /** What a node dying mid-run looks like from the worker: the call never returns normally. */
    private static final class NodeCrash extends Error {
        NodeCrash() {
            super("node-a died while running the action");
        }
    }

    private final ManualClock clock = ManualClock.at("2025-01-01T09:00:00Z");
    private final AtomicInteger runsOnA = new AtomicInteger();
    private final AtomicInteger runsOnB = new AtomicInteger();
    private PostgresSchema schema;
    private ClusterNode a;
    private ClusterNode b;
    private ClusterRecords records;

    @BeforeEach
    void startNodes() {
        schema = new PostgresSchema();
        a = node("node-a", bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> {
            runsOnA.incrementAndGet();
            throw new NodeCrash();
        }));
        b = node("node-b", bindings -> bindings.bind(StepTypesTest.NOTIFY, (input, context) -> {
            runsOnB.incrementAndGet();
            return json("{sent: true}");
        }));
        records = new ClusterRecords(schema.dataSource);
    }

    private ClusterNode node(String name, Consumer<HandlerBindings.Builder> handler) {
        return new ClusterNode(name, schema.url(), PostgresSchema.user(), PostgresSchema.password(), clock,
                WorkflowOptions.builder().nodeId(name).actionLease(LEASE).extraSpecs(StepTypesTest.NOTIFY).actionOperations("test.notify")
                        .extraHandlers(handler).build());
    }

    @AfterEach
    void stopNodes() {
        a.close();
        b.close();
        schema.close();
    }

    @Test
    void anotherNodeRunsTheActionOnceTheCrashedNodesLeaseRunsOut() {
        String id = startNotify();
        assertThatThrownBy(a::fireDue).isInstanceOf(NodeCrash.class);
        assertThat(runsOnA.get()).isEqualTo(1);
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE lease_owner = ?", "node-a")).isEqualTo(1);

        assertThat(b.fireDue()).as("the lease is still node-a's").isZero();
        clock.advance(LEASE);
        assertThat(b.fireDue()).as("a lease ending now is still held").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.fireDue()).isEqualTo(1);
        assertThat(runsOnB.get()).isEqualTo(1);

        var instance = b.call(TestWorkflow.ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("status").asText()).isEqualTo("completed");
        assertThat(instance.get("outcome").asText()).isEqualTo("success");
        assertThat(instance.get("contextData").get("receipt").get("sent").asBoolean()).isTrue();
        assertThat(records.eventCounts(TestWorkflow.ORG)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "workflow.instance.started", 1L, "workflow.step.entered", 2L, "workflow.step.exited", 2L,
                "workflow.instance.completed", 1L));
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE organization_id = ?", TestWorkflow.ORG))
                .isZero();
        assertThat(records.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = ?"
                + " AND step_key = 'send' AND status = 'completed'", id)).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        assertThat(a.fireDue() + b.fireDue()).as("nothing is left to fire").isZero();
        assertThat(runsOnA.get() + runsOnB.get()).isEqualTo(2);
    }

    private String startNotify() {
        String id = a.call(TestWorkflow.ADMIN, "workflow.definition.create", "{name: 'Notify', key: 'notify'}")
                .get("id").asText();
        for (String step : new String[] {
                "{key: 'send', name: 'Send', type: 'action', actionConfig: {operation: 'test.notify', maxAttempts: 1,"
                        + " resultKey: 'receipt'}, transitions: {success: 'sent'}}",
                "{key: 'sent', name: 'Sent', type: 'end', transitions: {}}"}) {
            var input = (com.fasterxml.jackson.databind.node.ObjectNode) json(step);
            input.put("workflowId", id);
            a.call(TestWorkflow.ADMIN, "workflow.step.add", input.toString());
        }
        a.call(TestWorkflow.ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        return a.call(TestWorkflow.REQUESTER, "workflow.instance.start", "{workflowKey: 'notify'}").get("id").asText();
    }
}
