package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two engine nodes, each with its own pool, on one PostgreSQL schema, driving the same instances
 * at once: one command of each race wins, every other is a CONFLICT, each timer fires once, and
 * the outbox holds one event per state change.
 */
class ScaleOutTest {

    private static final int INSTANCES = 20;
    private static final int THREADS = 8;
    private static final String REF = "org_ref";

    private final ManualClock clock = ManualClock.at("2025-01-01T09:00:00Z");
    private PostgresSchema schema;
    private ClusterNode a;
    private ClusterNode b;
    private ClusterRecords records;

    @BeforeEach
    void startNodes() {
        schema = new PostgresSchema();
        a = new ClusterNode("node-a", schema.url(), PostgresSchema.user(), PostgresSchema.password(), clock);
        b = new ClusterNode("node-b", schema.url(), PostgresSchema.user(), PostgresSchema.password(), clock);
        records = new ClusterRecords(schema.dataSource);
    }

    @AfterEach
    void stopNodes() {
        a.close();
        b.close();
        schema.close();
    }

    @Test
    void racingDecisionsFromBothNodesSettleEachApprovalOnce() throws Exception {
        ClusterDesigns.expenseApproval(a, TestWorkflow.ADMIN);
        ClusterDesigns.expenseApproval(b, Principal.of("u-admin", REF, "workflow.admin"));
        Map<String, Long> oneInstance = referenceRun();

        List<String> ids = startAll("expense-approval");
        for (Principal approver : List.of(TestWorkflow.MANAGER, TestWorkflow.FINANCE)) {
            Map<String, String> requests = records.pendingRequests(TestWorkflow.ORG, approver.roles().iterator().next());
            assertThat(requests).hasSize(INSTANCES);
            List<Race.Entrant> entrants = new ArrayList<>();
            for (String id : ids) {
                String input = "{requestId: '" + requests.get(id) + "', decision: 'approve'}";
                for (ClusterNode node : List.of(a, b, a, b)) {
                    entrants.add(Race.Entrant.command(id, () -> node.execute(approver, "workflow.approval.decide", input)));
                }
            }
            Race.Tally tally = Race.run(THREADS, entrants);

            assertThat(tally.codes()).containsExactlyInAnyOrderEntriesOf(Map.of("OK", INSTANCES, "CONFLICT", 3 * INSTANCES));
            ids.forEach(id -> assertThat(tally.count(id, "OK")).as(id).isEqualTo(1));
        }

        assertThat(records.instanceStatuses(TestWorkflow.ORG)).containsExactlyEntriesOf(Map.of("completed", (long) INSTANCES));
        assertThat(records.count("SELECT COUNT(*) FROM approval_request WHERE organization_id = ? AND status = 'approved'",
                TestWorkflow.ORG)).isEqualTo(2 * INSTANCES);
        Map<String, Long> expected = new java.util.TreeMap<>();
        oneInstance.forEach((key, count) -> expected.put(key, count * INSTANCES));
        assertThat(records.eventCounts(TestWorkflow.ORG)).containsExactlyEntriesOf(expected);
    }

    @Test
    void timersDueOnBothNodesFireOnceWhileCancelsRaceThem() throws Exception {
        ClusterDesigns.timedTask(a, TestWorkflow.ADMIN);
        List<String> ids = startAll("timed-task");
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE organization_id = ?", TestWorkflow.ORG))
                .isEqualTo(INSTANCES);
        clock.advance(Duration.ofMinutes(2));

        List<Race.Entrant> entrants = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String input = "{instanceId: '" + id + "', reason: 'No longer needed'}";
            entrants.add(Race.Entrant.command(id, () -> a.execute(TestWorkflow.REQUESTER, "workflow.instance.cancel", input)));
            entrants.add(Race.Entrant.command(id, () -> b.execute(TestWorkflow.REQUESTER, "workflow.instance.cancel", input)));
            if (i == INSTANCES / 4) {
                entrants.addAll(List.of(Race.Entrant.timers(a), Race.Entrant.timers(b), Race.Entrant.timers(a),
                        Race.Entrant.timers(b)));
            }
        }
        Race.Tally tally = Race.run(THREADS, entrants);
        int firedLate = a.fireDue() + b.fireDue();

        Map<String, Long> statuses = records.instanceStatuses(TestWorkflow.ORG);
        long cancelled = statuses.getOrDefault("cancelled", 0L);
        long timedOut = statuses.getOrDefault("timeout", 0L);
        assertThat(cancelled + timedOut).as(statuses.toString()).isEqualTo(INSTANCES);
        assertThat(tally.count("OK")).isEqualTo((int) cancelled);
        assertThat(tally.count("CONFLICT")).isEqualTo(2 * INSTANCES - (int) cancelled);
        assertThat(tally.count("FIRED") + firedLate).isEqualTo((int) timedOut);
        ids.forEach(id -> assertThat(tally.count(id, "OK")).as(id).isLessThanOrEqualTo(1));
        assertThat(records.count("SELECT COUNT(*) FROM workflow_timer WHERE organization_id = ?", TestWorkflow.ORG)).isZero();
        Map<String, Long> events = records.eventCounts(TestWorkflow.ORG);
        assertThat(events.getOrDefault("workflow.instance.cancelled", 0L)).isEqualTo(cancelled);
        assertThat(events.getOrDefault("workflow.instance.timed-out", 0L)).isEqualTo(timedOut);
        assertThat(events.get("workflow.instance.started")).isEqualTo(INSTANCES);
    }

    /** One uncontended expense approval in another organization: the events a single instance makes. */
    private Map<String, Long> referenceRun() {
        String id = a.call(Principal.of("u-requester", REF, "employee"), "workflow.instance.start",
                "{workflowKey: 'expense-approval'}").get("id").asText();
        for (String role : List.of("manager", "finance")) {
            String request = records.pendingRequests(REF, role).get(id);
            b.call(Principal.of("u-" + role, REF, role), "workflow.approval.decide",
                    "{requestId: '" + request + "', decision: 'approve'}");
        }
        return records.eventCounts(REF);
    }

    /** Starts the instances from both nodes at once. */
    private List<String> startAll(String workflowKey) throws Exception {
        List<Race.Entrant> starts = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            ClusterNode node = i % 2 == 0 ? a : b;
            starts.add(Race.Entrant.command("start", () -> node.execute(TestWorkflow.REQUESTER, "workflow.instance.start",
                    "{workflowKey: '" + workflowKey + "'}")));
        }
        assertThat(Race.run(THREADS, starts).codes()).containsExactlyEntriesOf(Map.of("OK", INSTANCES));
        return records.instanceIds(TestWorkflow.ORG, workflowKey);
    }
}
