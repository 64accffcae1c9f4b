package io.contractspec.benchmarks.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Principal;
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
                .output().get("id").asText();
        for (String step : List.of(
                "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'manager-approval'}}",
                "{key: 'manager-approval', name: 'Manager', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['manager'], transitions: {approve: 'finance-approval', reject: 'rejected'}}",
                "{key: 'finance-approval', name: 'Finance', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['finance'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}")) {
            ObjectNode input = (ObjectNode) Contracts.json(step);
            call(ADMIN, "workflow.step.add", input.put("workflowId", id));
        }
        call(ADMIN, "workflow.definition.publish", Contracts.json("{workflowId: '" + id + "'}"));
    }

    /** Runs one instance to completion; returns the durable transitions made. */
    int runOnce() {
        CallResult.Success started = call(REQUESTER, "workflow.instance.start", START);
        CallResult.Success managerDecided = decide(MANAGER, requested(started));
        decide(FINANCE, requested(managerDecided));
        return TRANSITIONS_PER_INSTANCE;
    }

    private CallResult.Success decide(Principal approver, String requestId) {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("requestId", requestId).put("decision", "approve");
        return call(approver, "workflow.approval.decide", input);
    }

    /** The request the call asked for, from its workflow.approval.requested event. */
    private static String requested(CallResult.Success result) {
        return result.events().stream()
                .filter(event -> event.key().equals("workflow.approval.requested"))
                .map(event -> event.payload().get("requestId").asText())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the call asked for no approval"));
    }

    private CallResult.Success call(Principal principal, String operation, JsonNode input) {
        CallResult result = runtime.executor().execute(operation, input, CallContext.of(principal));
        if (result instanceof CallResult.Failure failure) {
            throw new IllegalStateException(operation + " failed: " + failure.problem().code() + " "
                    + failure.problem().detail().orElse(""));
        }
        return (CallResult.Success) result;
    }
}
