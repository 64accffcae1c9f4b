package io.contractspec.examples.workflow.app;

import static io.contractspec.examples.workflow.app.DemoUser.ADMIN;
import static io.contractspec.examples.workflow.app.DemoUser.FINANCE;
import static io.contractspec.examples.workflow.app.DemoUser.MANAGER;
import static io.contractspec.examples.workflow.app.DemoUser.REQUESTER;
import static io.contractspec.examples.workflow.app.DemoUser.SECURITY;

import io.contractspec.examples.workflow.WorkflowRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo organization {@value DemoUser#ORGANIZATION}, loaded through the operations as the demo
 * users would (so its events and audit trail are real): three definitions and a few instances,
 * one in each interesting state. Loaded once: an organization that has definitions is left alone.
 */
final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DemoCalls calls;

    private DemoData(DemoCalls calls) {
        this.calls = calls;
    }

    /** Loads the demo unless the organization already has definitions; returns whether it loaded. */
    static boolean loadIfEmpty(WorkflowRuntime runtime) {
        DemoCalls calls = new DemoCalls(runtime.executor());
        if (calls.call(ADMIN, "workflow.definition.list", "{}").get("total").asLong() > 0) {
            return false;
        }
        new DemoData(calls).load();
        LOG.info("Loaded the demo organization {}", DemoUser.ORGANIZATION);
        return true;
    }

    private void load() {
        DemoDefinitions.expenseApproval(calls);
        DemoDefinitions.vendorOnboarding(calls);
        DemoDefinitions.policyException(calls);

        start("expense-approval", "{title: 'Team offsite catering', amount: 420, currency: 'CHF'}", "EXP-1001");

        String approved = start("expense-approval", "{title: 'Conference ticket', amount: 890, currency: 'CHF'}",
                "EXP-1002");
        calls.decide(MANAGER, approved, "approve", "Within the training budget.");
        calls.decide(FINANCE, approved, "approve", "Booked on cost centre 4200.");

        String cancelled = start("expense-approval", "{title: 'Taxi receipt', amount: 38, currency: 'CHF'}", "EXP-1003");
        calls.call(REQUESTER, "workflow.instance.cancel",
                "{instanceId: '" + cancelled + "', reason: 'Submitted twice by mistake.'}");

        String paused = start("vendor-onboarding", "{vendor: 'Acme Cloud GmbH', country: 'DE'}", "VEN-2001");
        calls.decide(SECURITY, paused, "approve", "SOC 2 report reviewed.");
        calls.call(REQUESTER, "workflow.instance.pause",
                "{instanceId: '" + paused + "', reason: 'Waiting for the signed NDA.'}");

        start("vendor-onboarding", "{vendor: 'Globex Ltd', country: 'GB'}", "VEN-2002");
    }

    private String start(String workflowKey, String contextData, String referenceId) {
        String referenceType = workflowKey.equals("expense-approval") ? "expense" : "vendor";
        return calls.call(REQUESTER, "workflow.instance.start", "{workflowKey: '" + workflowKey + "', contextData: "
                + contextData + ", referenceId: '" + referenceId + "', referenceType: '" + referenceType + "'}")
                .get("id").asText();
    }
}
