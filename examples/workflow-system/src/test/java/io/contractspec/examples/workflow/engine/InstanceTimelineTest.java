package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.FINANCE;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.runtime.Principal;
import io.contractspec.testing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** workflow.instance.timeline: an instance's audit records and events, merged oldest first, page by page. */
class InstanceTimelineTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String approvedExpense() {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        workflow.clock.advance(Duration.ofMinutes(5));
        decideFirstPending(MANAGER);
        workflow.clock.advance(Duration.ofMinutes(5));
        decideFirstPending(FINANCE);
        return id;
    }

    private void decideFirstPending(Principal approver) {
        String request = workflow.call(approver, "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
        workflow.call(approver, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
    }

    private ObjectNode timeline(Principal reader, String instanceId, String paging) {
        return workflow.call(reader, "workflow.instance.timeline", "{instanceId: '" + instanceId + "'" + paging + "}");
    }

    private static List<String> entries(JsonNode page, String... fields) {
        List<String> entries = new ArrayList<>();
        page.get("entries").forEach(entry -> {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(entry.path(field).asText("-"));
            }
            entries.add(String.join(" ", values));
        });
        return entries;
    }

    @Test
    void tellsWhoDidWhatAndWhatFollowedOldestFirst() {
        String id = approvedExpense();

        ObjectNode page = timeline(REQUESTER, id, ", limit: 100");

        List<String> audit = entries(page, "kind", "name", "actor").stream().filter(e -> e.startsWith("audit")).toList();
        assertThat(audit).containsExactly("audit workflow.instance.started u-requester",
                "audit workflow.approval.decided u-manager", "audit workflow.approval.decided u-finance");
        List<String> all = entries(page, "kind", "name");
        assertThat(all.get(0)).isEqualTo("audit workflow.instance.started");
        assertThat(all).contains("event workflow.instance.started", "event workflow.approval.requested",
                "event workflow.step.entered", "event workflow.step.exited", "event workflow.instance.completed");
        // The last call's entries close the timeline: finance's decision, then what it caused.
        assertThat(all.lastIndexOf("audit workflow.approval.decided")).isLessThan(all.indexOf("event workflow.instance.completed"));
        // Each decision's audit record comes before the events it caused.
        assertThat(all.indexOf("audit workflow.approval.decided")).isLessThan(all.indexOf("event workflow.approval.decided"));
        assertThat(entries(page, "occurredAt")).isSorted();
        assertThat(page.has("nextCursor")).isFalse();
        page.get("entries").forEach(entry -> {
            if (entry.get("kind").asText().equals("event")) {
                assertThat(entry.path("data").path("instanceId").asText()).isEqualTo(id);
            } else {
                assertThat(entry.has("data")).as("audit entries carry no input").isFalse();
            }
        });
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String id = approvedExpense();
        List<String> whole = entries(timeline(REQUESTER, id, ", limit: 100"), "id");

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ObjectNode page = timeline(REQUESTER, id, ", limit: 3" + (cursor == null ? "" : ", cursor: '" + cursor + "'"));
            paged.addAll(entries(page, "id"));
            cursor = page.path("nextCursor").asText(null);
            pages++;
        } while (cursor != null);

        assertThat(paged).isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 2) / 3);
        assertThat(whole.size()).isGreaterThan(6);
    }

    @Test
    @Scenario("timeline-after-pause")
    void aPauseShowsItsAuditRecordThenItsEvent() {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        workflow.clock.advance(Duration.ofMinutes(1));
        workflow.call(REQUESTER, "workflow.instance.pause", "{instanceId: '" + id + "', reason: 'Budget under review'}");

        List<String> all = entries(timeline(REQUESTER, id, ""), "kind", "name", "actor");

        assertThat(all.subList(all.size() - 2, all.size())).containsExactly(
                "audit workflow.instance.paused u-requester", "event workflow.instance.paused u-requester");
    }

    @Test
    void onlyThisInstancesHistoryIsShown() {
        String id = approvedExpense();
        String other = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();

        ObjectNode page = timeline(REQUESTER, other, ", limit: 100");

        assertThat(entries(page, "kind", "name")).first().isEqualTo("audit workflow.instance.started");
        assertThat(entries(page, "kind", "name")).doesNotContain("event workflow.instance.completed",
                "audit workflow.approval.decided");
        page.get("entries").forEach(entry -> {
            if (entry.get("kind").asText().equals("event")) {
                assertThat(entry.path("data").path("instanceId").asText()).isEqualTo(other);
            }
        });
        assertThat(timeline(REQUESTER, id, ", limit: 100").get("entries")).isNotEmpty();
    }

    @Test
    void anotherOrganizationsInstanceIsNotFound() {
        String id = approvedExpense();

        Problem problem = workflow.fail(Principal.of("u-outsider", "org_other", "workflow.admin"),
                "workflow.instance.timeline", "{instanceId: '" + id + "'}");

        assertThat(problem.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aCursorIssuedForAnotherInstanceIsRefusedNamingTheField() {
        String id = approvedExpense();
        String other = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String cursor = timeline(REQUESTER, id, ", limit: 1").get("nextCursor").asText();

        Problem problem = workflow.fail(REQUESTER, "workflow.instance.timeline",
                "{instanceId: '" + other + "', cursor: '" + cursor + "'}");

        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.issues()).singleElement().satisfies(issue -> assertThat(issue.path()).isEqualTo("cursor"));
    }

    @Test
    void whatATimerDidJoinsTheTimelineWithTheTimersAuditRecord() {
        designs.publish("cooling-off",
                "{key: 'cool', name: 'Cool off', type: 'wait', timeoutSeconds: 60, transitions: {timeout: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'cooling-off'}").get("id").asText();

        assertThat(workflow.fireAfter(Duration.ofSeconds(60))).isEqualTo(1);

        List<String> all = entries(timeline(REQUESTER, id, ", limit: 100"), "kind", "name");
        assertThat(all).filteredOn(entry -> entry.startsWith("audit"))
                .containsExactly("audit workflow.instance.started", "audit workflow.timer.fired");
        assertThat(all.subList(all.indexOf("audit workflow.timer.fired"), all.size()))
                .as("the timer's audit record comes before the events of its instant")
                .endsWith("event workflow.instance.completed");
    }
}
