package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.FINANCE;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.Contracts;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 1: a workflow admin who may not decide a finance approval must not get it
 * decided by publishing an action step. Actions run on the publisher's authority, call only
 * operations the deployment allows, and the audit names the human behind the system call.
 */
class ActionAuthorityTest {

    private static final String FORCE_DECIDE = "{key: 'force', name: 'Force', type: 'action', actionConfig:"
            + " {operation: 'workflow.approval.decide', maxAttempts: 1, input: {requestId: '%s', decision: 'approve'}%s},"
            + " transitions: {success: 'done', failure: 'failed'}}";
    private static final String DONE = "{key: 'done', name: 'Done', type: 'end', transitions: {}}";
    private static final String FAILED = "{key: 'failed', name: 'Failed', type: 'end', transitions: {}}";

    /** Starts the victim's expense and brings it to the finance approval; returns the finance request id. */
    private static String financeRequestOfTheVictim(TestWorkflow workflow) {
        new Designs(workflow).expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String managerRequest = pending(workflow, MANAGER);
        workflow.call(MANAGER, "workflow.approval.decide", "{requestId: '" + managerRequest + "', decision: 'approve'}");
        assertThat(workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + id + "'}")
                .get("currentStepKey").asText()).isEqualTo("finance-approval");
        return pending(workflow, FINANCE);
    }

    private static String pending(TestWorkflow workflow, Principal approver) {
        return workflow.call(approver, "workflow.approval.list.mine", "{status: 'pending'}").get("requests").get(0)
                .get("id").asText();
    }

    private static Problem publishForced(TestWorkflow workflow, Principal publisher, String request, String extra) {
        String draft = new Designs(workflow, publisher).draft("forcer", String.format(FORCE_DECIDE, request, extra),
                DONE, FAILED);
        return workflow.fail(publisher, "workflow.definition.publish", "{workflowId: '" + draft + "'}");
    }

    @Test
    void anActionMayNotCallAnOperationTheDeploymentDoesNotAllowNorBringRolesOfItsOwn() {
        try (TestWorkflow workflow = TestWorkflow.h2()) {
            String request = financeRequestOfTheVictim(workflow);
            assertThat(workflow.fail(ADMIN, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}")
                    .code()).isEqualTo("FORBIDDEN");

            Problem refused = publishForced(workflow, ADMIN, request, ", roles: ['finance']");

            assertThat(refused.code()).isEqualTo("ACTION_NOT_ALLOWED");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.detail().orElseThrow()).contains("'workflow.approval.decide' is not allowed",
                    "actionConfig.roles is not accepted");
            assertThat(workflow.call(FINANCE, "workflow.approval.get", "{requestId: '" + request + "'}")
                    .get("status").asText()).isEqualTo("pending");
        }
    }

    @Test
    void anAllowedActionRunsWithThePublishersRolesSoItCannotDecideWhatThePublisherCannot() {
        WorkflowOptions allowDecide = WorkflowOptions.builder().actionOperations("workflow.approval.decide").build();
        try (TestWorkflow workflow = TestWorkflow.h2(allowDecide)) {
            String request = financeRequestOfTheVictim(workflow);
            String draft = new Designs(workflow).draft("forcer", String.format(FORCE_DECIDE, request, ""), DONE, FAILED);
            workflow.call(ADMIN, "workflow.definition.publish", "{workflowId: '" + draft + "'}");

            String forcer = workflow.call(ADMIN, "workflow.instance.start", "{workflowKey: 'forcer'}").get("id").asText();
            workflow.fireAfter(Duration.ZERO);

            var run = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + forcer + "'}");
            assertThat(run.get("outcome").asText()).isEqualTo("failure");
            assertThat(workflow.call(FINANCE, "workflow.approval.get", "{requestId: '" + request + "'}")
                    .get("status").asText()).as("the victim's request").isEqualTo("pending");
            assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.approval.decided'"))
                    .as("only the manager's own decision").isEqualTo(1);
        }
    }

    @Test
    void publishingIsRefusedWhenThePublisherFailsTheCalledOperationsPolicy() {
        OperationSpec billing = Contracts.command("test.billing.charge", "1.0.0").owners("@example.workflow-system")
                .description("Charges a customer.").goal("Exercise action authority.").context("Tests.")
                .output(StepTypesTest.NOTIFY.output())
                .policy(Contracts.auth(AuthLevel.USER).roles("billing")).build();
        WorkflowOptions allowCharge = WorkflowOptions.builder().extraSpecs(billing)
                .extraHandlers(bindings -> bindings.bind(billing, (input, context) -> Contracts.json("{sent: true}")))
                .actionOperations("test.billing.charge").build();
        try (TestWorkflow workflow = TestWorkflow.h2(allowCharge)) {
            String charge = "{key: 'charge', name: 'Charge', type: 'action', actionConfig: {operation:"
                    + " 'test.billing.charge'}, transitions: {success: 'done'}}";
            String draft = new Designs(workflow).draft("charger", charge, DONE);

            Problem refused = workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + draft + "'}");

            assertThat(refused.code()).isEqualTo("ACTION_NOT_ALLOWED");
            assertThat(refused.detail().orElseThrow()).contains("you may not call 'test.billing.charge'",
                    "the role 'billing' is required");
            Principal billingAdmin = Principal.of("u-billing-admin", ORG, "workflow.admin", "billing");
            assertThat(workflow.call(billingAdmin, "workflow.definition.publish", "{workflowId: '" + draft + "'}")
                    .get("status").asText()).isEqualTo("active");
        }
    }

    @Test
    void anAllowedActionIsAuditedAsTheSystemOnBehalfOfItsPublisher() {
        WorkflowOptions allowDecide = WorkflowOptions.builder().actionOperations("workflow.approval.decide").build();
        try (TestWorkflow workflow = TestWorkflow.h2(allowDecide)) {
            String request = financeRequestOfTheVictim(workflow);
            Principal cfo = Principal.of("u-cfo", ORG, "workflow.admin", "finance");
            String draft = new Designs(workflow, cfo).draft("auto-approve", String.format(FORCE_DECIDE, request, ""),
                    DONE, FAILED);
            workflow.call(cfo, "workflow.definition.publish", "{workflowId: '" + draft + "'}");
            workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'auto-approve'}");
            workflow.fireAfter(Duration.ZERO);

            assertThat(workflow.call(FINANCE, "workflow.approval.get", "{requestId: '" + request + "'}")
                    .get("status").asText()).isEqualTo("approved");
            assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.approval.decided'"
                    + " AND actor = 'system' AND on_behalf_of = 'u-cfo'")).isEqualTo(1);
        }
    }
}
