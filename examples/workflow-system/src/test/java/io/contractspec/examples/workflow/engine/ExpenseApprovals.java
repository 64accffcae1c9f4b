package io.contractspec.examples.workflow.engine;

import io.contractspec.runtime.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs expense approvals (the {@link ClusterDesigns#expenseApproval} workflow) through one node. */
final class ExpenseApprovals {

    private ExpenseApprovals() {}

    static List<String> start(ClusterNode node, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(node.call(TestWorkflow.REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                    .get("id").asText());
        }
        return ids;
    }

    /** Starts {@code count} approvals and has the manager, then finance, approve each one. */
    static List<String> startAndApprove(ClusterNode node, PostgresSchema schema, int count) {
        List<String> ids = start(node, count);
        decide(node, schema, TestWorkflow.MANAGER, ids);
        decide(node, schema, TestWorkflow.FINANCE, ids);
        return ids;
    }

    /** The approver approves the pending request of each instance. */
    static void decide(ClusterNode node, PostgresSchema schema, Principal approver, List<String> instances) {
        Map<String, String> requests = new ClusterRecords(schema.dataSource)
                .pendingRequests(TestWorkflow.ORG, approver.roles().iterator().next());
        for (String instance : instances) {
            node.call(approver, "workflow.approval.decide",
                    "{requestId: '" + requests.get(instance) + "', decision: 'approve'}");
        }
    }
}
