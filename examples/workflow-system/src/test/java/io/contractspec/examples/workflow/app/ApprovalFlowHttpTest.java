package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo's expense approval end to end over HTTP, with tokens from the token subcommand. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalFlowHttpTest {

    private RunningApp app;
    private AppRecords records;
    private String requester;
    private String manager;
    private String finance;

    @BeforeAll
    void start() {
        app = RunningApp.start();
        records = new AppRecords(app.application);
        requester = app.token(DemoUser.REQUESTER);
        manager = app.token(DemoUser.MANAGER);
        finance = app.token(DemoUser.FINANCE);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void expenseApprovedByManagerThenFinanceCompletes() {
        ApiClient.Reply started = app.http.post(requester, "/api/workflow/instances",
                "{workflowKey: 'expense-approval', contextData: {title: 'Train ticket', amount: 120}}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String id = started.json().get("id").asText();
        assertThat(started.json().get("status").asText()).isEqualTo("waiting");
        assertThat(started.json().get("currentStepKey").asText()).isEqualTo("manager-approval");

        ApiClient.Reply byManager = decide(manager, id);
        assertThat(instance(id).get("currentStepKey").asText()).isEqualTo("finance-approval");
        ApiClient.Reply byFinance = decide(finance, id);

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("approve");
        assertThat(records.eventKeys(started.traceId(), 3)).contains("workflow.instance.started",
                "workflow.step.entered", "workflow.approval.requested");
        assertThat(records.eventKeys(byManager.traceId(), 2)).contains("workflow.approval.decided",
                "workflow.approval.requested");
        assertThat(records.eventKeys(byFinance.traceId(), 2)).contains("workflow.approval.decided",
                "workflow.instance.completed");
        assertThat(records.audit(started.traceId())).containsExactly("workflow.instance.start@1.0.0 by u-requester: OK");
        assertThat(records.audit(byManager.traceId())).containsExactly("workflow.approval.decide@1.0.0 by u-manager: OK");
        assertThat(records.audit(byFinance.traceId())).containsExactly("workflow.approval.decide@1.0.0 by u-finance: OK");
    }

    @Test
    void pauseAndResumeRestoreTheWaitingStatus() {
        String id = app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'expense-approval'}")
                .json().get("id").asText();

        ApiClient.Reply paused = app.http.post(requester, "/api/workflow/instances/" + id + "/pause",
                "{reason: 'Receipt missing'}");
        assertThat(paused.json().get("status").asText()).as(paused.toString()).isEqualTo("paused");
        ApiClient.Reply resumed = app.http.post(requester, "/api/workflow/instances/" + id + "/resume",
                "{reason: 'Receipt attached'}");

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("status").asText()).isEqualTo("waiting");
        assertThat(instance(id).get("currentStepKey").asText()).isEqualTo("manager-approval");
        assertThat(records.eventKeys(paused.traceId(), 1)).containsExactly("workflow.instance.paused");
        assertThat(records.eventKeys(resumed.traceId(), 1)).containsExactly("workflow.instance.resumed");
        assertThat(records.audit(resumed.traceId())).containsExactly("workflow.instance.resume@1.0.0 by u-requester: OK");
    }

    @Test
    void demoOrganizationHasItsDefinitionsAndInstances() {
        JsonNode definitions = app.http.get(requester, "/api/workflow/definitions?limit=50").json();
        assertThat(definitions.get("workflows").findValuesAsText("key"))
                .contains("expense-approval", "vendor-onboarding", "policy-exception");
        JsonNode statuses = app.http.get(requester, "/api/workflow/instances?triggeredBy=u-requester&limit=100").json();
        assertThat(statuses.get("instances").findValuesAsText("status"))
                .contains("waiting", "completed", "paused", "cancelled");
    }

    private ApiClient.Reply decide(String approver, String instanceId) {
        JsonNode pending = app.http.get(approver, "/api/workflow/me/approvals?status=pending&limit=100").json();
        String requestId = null;
        for (JsonNode request : pending.get("requests")) {
            if (request.get("workflowInstanceId").asText().equals(instanceId)) {
                requestId = request.get("id").asText();
            }
        }
        assertThat(requestId).as("a pending request on " + instanceId).isNotNull();
        ApiClient.Reply decided = app.http.post(approver, "/api/workflow/approvals/" + requestId + "/decide",
                "{decision: 'approve', comment: 'Fine by me'}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("approved");
        return decided;
    }

    private JsonNode instance(String id) {
        ApiClient.Reply reply = app.http.get(requester, "/api/workflow/instances/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
