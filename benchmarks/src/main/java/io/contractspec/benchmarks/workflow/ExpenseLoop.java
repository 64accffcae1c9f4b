package io.contractspec.benchmarks.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.Contracts;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One worker's unit of work: an expense approval from start to completed through the executor,
 * three durable transitions (start into the manager's approval, the manager's decision, the
 * finance decision), each one transaction with its events in the outbox and its audit record.
 * Finding the request to decide is a plain indexed read outside the executor.
 */
final class ExpenseLoop {

    static final String ORG = "org_bench";
    static final int TRANSITIONS_PER_INSTANCE = 3;

    private static final Principal ADMIN = Principal.of("u-admin", ORG, "workflow.admin");
    private static final Principal REQUESTER = Principal.of("u-requester", ORG, "employee");
    private static final Principal MANAGER = Principal.of("u-manager", ORG, "manager");
    private static final Principal FINANCE = Principal.of("u-finance", ORG, "finance");
    private static final JsonNode START = Contracts.json("{workflowKey: 'expense-approval', contextData: {amount: 120}}");

    private final WorkflowRuntime runtime;

    ExpenseLoop(WorkflowRuntime runtime) {
        this.runtime = runtime;
    }

    /** Designs and publishes the expense approval (manager, then finance). */
    void design() {
        String id = call(ADMIN, "workflow.definition.create", Contracts.json("{key: 'expense-approval', name: 'Expense'}"))
                .get("id").asText();
        for (String step : List.of(
                "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'manager-approval'}}",
                "{key: 'manager-approval', name: 'Manager', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['manager'], transitions: {approve: 'finance-approval', reject: 'rejected'}}",
                "{key: 'finance-approval', name: 'Finance', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['finance'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}")) {
            com.fasterxml.jackson.databind.node.ObjectNode input =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Contracts.json(step);
            call(ADMIN, "workflow.step.add", input.put("workflowId", id));
        }
        call(ADMIN, "workflow.definition.publish", Contracts.json("{workflowId: '" + id + "'}"));
    }

    /** Runs one instance to completion; returns the durable transitions made. */
    int runOnce() throws SQLException {
        String instanceId = call(REQUESTER, "workflow.instance.start", START).get("id").asText();
        decide(MANAGER, instanceId);
        decide(FINANCE, instanceId);
        return TRANSITIONS_PER_INSTANCE;
    }

    private void decide(Principal approver, String instanceId) throws SQLException {
        String requestId;
        try (Connection connection = runtime.dataSource().getConnection()) {
            List<ApprovalRequestRow> open = runtime.stores().requests().openOfInstance(connection, instanceId);
            requestId = open.get(0).id();
        }
        call(approver, "workflow.approval.decide",
                Contracts.json("{requestId: '" + requestId + "', decision: 'approve'}"));
    }

    private JsonNode call(Principal principal, String operation, JsonNode input) {
        CallResult result = runtime.executor().execute(operation, input, CallContext.of(principal));
        if (result instanceof CallResult.Failure failure) {
            throw new IllegalStateException(operation + " failed: " + failure.problem().code() + " "
                    + failure.problem().detail().orElse(""));
        }
        return ((CallResult.Success) result).output();
    }
}
