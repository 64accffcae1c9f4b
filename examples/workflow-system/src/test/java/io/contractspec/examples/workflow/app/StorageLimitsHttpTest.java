package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.examples.workflow.app.RunningApp.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, defects 4 and 5: input the schema accepted but the storage could not hold was a 500
 * (or, for 4294967297 seconds, silently stored as 1). The contracts now state the storage's limits,
 * so each is a 422 naming the field; text no store can hold is a 400 naming the field.
 */
class StorageLimitsHttpTest {

    private static final String LONG = "x".repeat(256);
    private static final String LONG_KEY = "k".repeat(256);

    @ParameterizedTest
    @EnumSource(Database.class)
    void inputBeyondWhatTheStorageHoldsIsRefusedNamingTheField(Database database) {
        try (RunningApp app = RunningApp.start(database)) {
            WorkflowDesigner designer = new WorkflowDesigner(app);
            String admin = designer.adminToken();
            String draft = designer.draft("limits-draft");
            designer.publish("limits", "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'done'}}",
                    "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
            String requester = app.token("u-requester", "employee");

            refused(app.http.post(admin, "/api/workflow/definitions", "{name: '" + LONG + "', key: 'ok'}"), "name");
            refused(app.http.post(admin, "/api/workflow/definitions", "{name: 'ok', key: '" + LONG_KEY + "'}"), "key");
            refused(app.http.post(admin, "/api/workflow/definitions",
                    "{name: 'ok', key: 'flagged', featureFlagKey: '" + LONG + "'}"), "featureFlagKey");
            String steps = "/api/workflow/definitions/" + draft + "/steps";
            refused(app.http.post(admin, steps, "{key: '" + LONG_KEY + "', name: 'S', type: 'task', transitions: {}}"), "key");
            refused(app.http.post(admin, steps, "{key: 's', name: 'S', type: 'task', transitions: {}, position: 2147483648}"),
                    "position");
            refused(app.http.post(admin, steps,
                    "{key: 's', name: 'S', type: 'wait', transitions: {}, timeoutSeconds: 2147483648}"), "timeoutSeconds");
            refused(app.http.post(admin, steps,
                    "{key: 's', name: 'S', type: 'wait', transitions: {}, timeoutSeconds: 4294967297}"), "timeoutSeconds");
            refused(app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'limits', referenceId: '" + LONG + "'}"),
                    "referenceId");
            refused(app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'limits', referenceType: '" + LONG + "'}"),
                    "referenceType");
            refused(app.http.post(requester, "/api/workflow/instances",
                    "{workflowKey: 'limits', dueAt: '2030-01-01T00:00:00+23:59'}"), "dueAt");
            refused(app.http.post(requester, "/api/workflow/instances",
                    "{workflowKey: 'limits', dueAt: '0000-01-01T00:00:00Z'}"), "dueAt");
            refused(app.http.post(requester, "/api/workflow/instances",
                    "{workflowKey: 'limits', dueAt: '9999-12-31T23:59:59-18:00'}"), "dueAt");
            refused(app.http.get(requester, "/api/workflow/instances?offset=2147483648"), "offset");

            assertThat(app.http.post(requester, "/api/workflow/instances",
                    "{workflowKey: 'limits', dueAt: '9998-12-31T23:59:59-18:00', referenceId: '" + LONG.substring(1) + "'}")
                    .status()).isEqualTo(201);
            assertThat(app.http.get(admin, "/api/workflow/definitions/" + draft).json().get("steps")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void textNoStoreCanHoldIsRefusedWith400NamingTheField(Database database) {
        try (RunningApp app = RunningApp.start(database)) {
            new WorkflowDesigner(app).publish("texts", "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'done'}}",
                    "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
            String requester = app.token("u-requester", "employee");

            ApiClient.Reply nul = app.http.postRaw(requester, "/api/workflow/instances",
                    "{\"workflowKey\": \"texts\", \"referenceId\": \"a\\u0000b\"}");
            ApiClient.Reply surrogate = app.http.postRaw(requester, "/api/workflow/instances",
                    "{\"workflowKey\": \"texts\", \"contextData\": {\"note\": \"\\ud800\"}}");

            assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
            assertThat(nul.json().get("detail").asText()).contains("'referenceId'", "NUL");
            assertThat(surrogate.status()).as(surrogate.toString()).isEqualTo(400);
            assertThat(surrogate.json().get("detail").asText()).contains("'contextData.note'", "surrogate");
            assertThat(app.http.get(requester, "/api/workflow/instances?workflowKey=texts").json().get("total").asInt())
                    .isZero();
        }
    }

    private static void refused(ApiClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        JsonNode issues = reply.json().get("issues");
        assertThat(issues).as(reply.toString()).isNotEmpty();
        assertThat(issues.get(0).get("path").asText()).as(reply.toString()).isEqualTo(field);
    }
}
