package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real records for generated traffic to hit: a draft and an active definition, instances waiting
 * for an approval and running a task, and their approval requests. Generated id fields are swapped
 * for one of these half of the time, so the handlers run past their lookups.
 */
final class TrafficFixtures {

    private final Map<String, List<String>> ids;

    private TrafficFixtures(Map<String, List<String>> ids) {
        this.ids = ids;
    }

    static TrafficFixtures create(RunningApp app, String token) {
        WorkflowDesigner designer = new WorkflowDesigner(app);
        String draft = designer.draft("traffic-draft",
                "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'done'}}");
        String active = designer.publish("traffic",
                "{key: 'review', name: 'Review', type: 'approval', approvalMode: 'any', approverRoles: ['manager'],"
                        + " approverUserIds: ['u-traffic'], transitions: {approve: 'work', reject: 'done'}}",
                "{key: 'work', name: 'Work', type: 'task', transitions: {finish: 'done', submit: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient.Reply started = app.http.post(token, "/api/workflow/instances",
                    "{workflowKey: 'traffic', referenceId: 'r-" + i + "', contextData: {amount: " + (i * 1000) + "}}");
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            instances.add(started.json().get("id").asText());
        }
        List<String> requests = new ArrayList<>();
        app.http.get(token, "/api/workflow/me/approvals?limit=100").json().get("requests")
                .forEach(request -> requests.add(request.get("id").asText()));
        assertThat(requests).isNotEmpty();
        return new TrafficFixtures(Map.of("workflowId", List.of(draft, active), "instanceId", instances,
                "requestId", requests, "workflowKey", List.of("traffic", "traffic-draft")));
    }

    /** A real value for the field, if it names a record, else null. */
    String realValue(String field, Random random) {
        List<String> values = ids.get(field);
        return values == null ? null : values.get(random.nextInt(values.size()));
    }
}
