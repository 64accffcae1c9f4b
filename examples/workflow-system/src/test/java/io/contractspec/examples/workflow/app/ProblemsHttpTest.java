package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each failure over HTTP is a problem document with its status: 401, 403, 404, 409, 422. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemsHttpTest {

    private RunningApp app;
    private String requester;
    private String instanceId;
    private String managerRequestId;

    @BeforeAll
    void start() {
        app = RunningApp.start();
        requester = app.token(DemoUser.REQUESTER);
        instanceId = app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'expense-approval'}")
                .json().get("id").asText();
        managerRequestId = app.http.get(app.token(DemoUser.MANAGER), "/api/workflow/me/approvals?status=pending&limit=100")
                .json().get("requests").findValuesAsText("id").get(0);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void withoutTokenIsUnauthenticated() {
        assertProblem(app.http.get(null, "/api/workflow/instances/" + instanceId), 401, "UNAUTHENTICATED");
    }

    @Test
    void forgedTokenIsUnauthenticated() {
        String foreign = RunningApp.run(java.util.Map.of(), "token", "--user", "u-admin", "--org", "org_demo",
                "--roles", "workflow.admin", "--jwt-secret", "x".repeat(40)).out().strip();

        assertProblem(app.http.get(foreign, "/api/workflow/instances/" + instanceId), 401, "UNAUTHENTICATED");
    }

    @Test
    void designingWithoutTheAdminRoleIsForbidden() {
        assertProblem(app.http.post(requester, "/api/workflow/definitions", "{key: 'mine', name: 'Mine'}"),
                403, "FORBIDDEN");
    }

    @Test
    void decidingAnotherRolesRequestIsForbidden() {
        assertProblem(app.http.post(app.token(DemoUser.FINANCE), "/api/workflow/approvals/" + managerRequestId + "/decide",
                "{decision: 'approve'}"), 403, "FORBIDDEN");
    }

    @Test
    void anotherOrganizationsInstanceIsNotFound() {
        String outsider = app.token("u-manager", "org_other", "manager,workflow.admin");

        assertProblem(app.http.get(outsider, "/api/workflow/instances/" + instanceId), 404, "NOT_FOUND");
    }

    @Test
    void resumingAnInstanceThatIsNotPausedIsAConflict() {
        assertProblem(app.http.post(requester, "/api/workflow/instances/" + instanceId + "/resume", "{}"),
                409, "CONFLICT");
    }

    @Test
    void invalidInputIsRejectedBeforeTheHandler() {
        assertProblem(app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'expense-approval', priority: 'high'}"),
                422, "VALIDATION_FAILED");
        assertProblem(app.http.post(requester, "/api/workflow/instances/" + instanceId + "/cancel", "{}"),
                422, "VALIDATION_FAILED");
        assertThat(app.http.get(requester, "/api/workflow/instances/" + instanceId).json().get("status").asText())
                .isEqualTo("waiting");
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).isNotBlank();
    }
}
