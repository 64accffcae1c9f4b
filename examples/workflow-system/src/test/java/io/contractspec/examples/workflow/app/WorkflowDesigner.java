package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;

/** Designs and publishes workflows over HTTP as the admin {@code u-admin}, for tests of the running app. */
final class WorkflowDesigner {

    private final RunningApp app;
    private final String admin;

    WorkflowDesigner(RunningApp app) {
        this.app = app;
        this.admin = app.token("u-admin", "workflow.admin");
    }

    String adminToken() {
        return admin;
    }

    /** Creates a draft with the given steps (JSON5, without workflowId) and publishes it; returns its id. */
    String publish(String key, String... steps) {
        String id = draft(key, steps);
        ApiClient.Reply published = app.http.post(admin, "/api/workflow/definitions/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.toString()).isIn(200, 201);
        return id;
    }

    String draft(String key, String... steps) {
        ApiClient.Reply created = app.http.post(admin, "/api/workflow/definitions", "{name: '" + key + "', key: '" + key + "'}");
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        String id = created.json().get("id").asText();
        for (String step : steps) {
            ObjectNode input = (ObjectNode) Contracts.json(step);
            ApiClient.Reply added = app.http.post(admin, "/api/workflow/definitions/" + id + "/steps", input.toString());
            assertThat(added.status()).as(added.toString()).isIn(200, 201);
        }
        return id;
    }
}
