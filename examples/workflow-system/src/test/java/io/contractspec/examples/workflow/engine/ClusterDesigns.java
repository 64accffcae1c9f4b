package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.runtime.Principal;

/** The workflows the scale-out test runs, designed and published through one node. */
final class ClusterDesigns {

    private ClusterDesigns() {}

    static void expenseApproval(ClusterNode node, Principal admin) {
        publish(node, admin, "expense-approval",
                "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'manager-approval'}}",
                "{key: 'manager-approval', name: 'Manager approval', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['manager'], transitions: {approve: 'finance-approval', reject: 'rejected'}}",
                "{key: 'finance-approval', name: 'Finance approval', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['finance'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
    }

    /** A task that times out after a minute (no timeout transition: the instance becomes timeout). */
    static void timedTask(ClusterNode node, Principal admin) {
        publish(node, admin, "timed-task",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60, transitions: {done: 'finished'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}");
    }

    private static void publish(ClusterNode node, Principal admin, String key, String... steps) {
        String id = node.call(admin, "workflow.definition.create", "{name: '" + key + "', key: '" + key + "'}")
                .get("id").asText();
        for (String step : steps) {
            ObjectNode input = (ObjectNode) Contracts.json(step);
            input.put("workflowId", id);
            node.call(admin, "workflow.step.add", input.toString());
        }
        node.call(admin, "workflow.definition.publish", "{workflowId: '" + id + "'}");
    }
}
