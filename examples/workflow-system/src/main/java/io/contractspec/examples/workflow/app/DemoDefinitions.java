package io.contractspec.examples.workflow.app;

import static io.contractspec.examples.workflow.app.DemoUser.ADMIN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;

/** The demo's three workflow definitions, designed through the definition operations as the admin. */
final class DemoDefinitions {

    private DemoDefinitions() {}

    /** Active: manager approval, then finance approval. */
    static void expenseApproval(DemoCalls calls) {
        String id = draft(calls, "expense-approval", "Expense Approval",
                "Reimburse an expense: a manager approves, then finance.",
                "{key: 'submitted', name: 'Submitted', type: 'start', transitions: {next: 'manager-approval'}}",
                approval("manager-approval", "Manager approval", "manager", "finance-approval"),
                approval("finance-approval", "Finance approval", "finance", "approved"),
                end("approved", "Approved"),
                end("rejected", "Rejected"));
        publish(calls, id);
    }

    /** Active: security review, procurement review, legal review. */
    static void vendorOnboarding(DemoCalls calls) {
        String id = draft(calls, "vendor-onboarding", "Vendor Onboarding",
                "Admit a new vendor: security, procurement and legal each approve in turn.",
                approval("security-review", "Security review", "security", "procurement-review"),
                approval("procurement-review", "Procurement review", "procurement", "legal-review"),
                approval("legal-review", "Legal review", "legal", "onboarded"),
                end("onboarded", "Onboarded"),
                end("rejected", "Rejected"));
        publish(calls, id);
    }

    /** A draft still being designed: never published. */
    static void policyException(DemoCalls calls) {
        draft(calls, "policy-exception", "Policy Exception",
                "Request an exception to a company policy (draft: still being designed).",
                "{key: 'describe', name: 'Describe the exception', type: 'task', transitions: {submit: 'legal-review'}}",
                approval("legal-review", "Legal review", "legal", "granted"),
                end("granted", "Granted"),
                end("rejected", "Rejected"));
    }

    private static String draft(DemoCalls calls, String key, String name, String description, String... steps) {
        String id = calls.call(ADMIN, "workflow.definition.create", "{key: '" + key + "', name: '" + name
                + "', description: '" + description + "', triggerType: 'manual'}").get("id").asText();
        int position = 0;
        for (String step : steps) {
            ObjectNode input = (ObjectNode) Contracts.json(step);
            input.put("workflowId", id).put("position", position++);
            calls.call(ADMIN, "workflow.step.add", input);
        }
        return id;
    }

    private static void publish(DemoCalls calls, String id) {
        calls.call(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
    }

    private static String approval(String key, String name, String role, String onApprove) {
        return "{key: '" + key + "', name: '" + name + "', type: 'approval', approvalMode: 'any', approverRoles: ['"
                + role + "'], transitions: {approve: '" + onApprove + "', reject: 'rejected'}}";
    }

    private static String end(String key, String name) {
        return "{key: '" + key + "', name: '" + name + "', type: 'end', transitions: {}}";
    }
}
