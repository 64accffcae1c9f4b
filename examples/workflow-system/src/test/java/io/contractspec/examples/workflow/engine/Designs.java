package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.runtime.Principal;

/** Designs and publishes workflows through the definition operations, as an admin would. */
public final class Designs {

    private final TestWorkflow workflow;
    private final Principal admin;

    public Designs(TestWorkflow workflow) {
        this(workflow, ADMIN);
    }

    public Designs(TestWorkflow workflow, Principal admin) {
        this.workflow = workflow;
        this.admin = admin;
    }

    /** Creates a draft with the given steps (each a JSON5 step input without workflowId) and returns its id. */
    public String draft(String key, String... steps) {
        ObjectNode created = workflow.call(admin, "workflow.definition.create",
                "{name: '" + key + "', key: '" + key + "'}");
        String id = created.get("id").asText();
        for (String step : steps) {
            ObjectNode input = (ObjectNode) Contracts.json(step);
            input.put("workflowId", id);
            workflow.call(admin, "workflow.step.add", input);
        }
        return id;
    }

    /** Creates and publishes; returns the definition id. */
    public String publish(String key, String... steps) {
        String id = draft(key, steps);
        workflow.call(admin, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        return id;
    }

    /** Expense approval: a start step, manager approval (mode any), finance approval, end steps. */
    public String expenseApproval() {
        return publish("expense-approval",
                "{key: 'start', name: 'Start', type: 'start', transitions: {next: 'manager-approval'}}",
                "{key: 'manager-approval', name: 'Manager approval', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['manager'], transitions: {approve: 'finance-approval', reject: 'rejected'}}",
                "{key: 'finance-approval', name: 'Finance approval', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['finance'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
    }

    /** One approval step with the given mode and approver users, then approved/rejected. */
    public String approvalWith(String key, String mode, String... users) {
        StringBuilder ids = new StringBuilder();
        for (String user : users) {
            ids.append(ids.length() == 0 ? "" : ", ").append('\'').append(user).append('\'');
        }
        return publish(key,
                "{key: 'decide', name: 'Decide', type: 'approval', approvalMode: '" + mode + "',"
                        + " approverUserIds: [" + ids + "], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
    }
}
