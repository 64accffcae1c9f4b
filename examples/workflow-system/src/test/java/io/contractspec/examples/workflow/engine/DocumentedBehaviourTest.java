package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sentences of WORKFLOW-SYSTEM.md's behaviour section that no other test pins down. */
class DocumentedBehaviourTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private static final String[] TASK = {
            "{key: 'collect', name: 'Collect', type: 'task', transitions: {submit: 'done'}}",
            "{key: 'done', name: 'Done', type: 'end', transitions: {}}"};

    @Test
    void startNeedsAnActiveDefinitionOfTheCallersOrganization() {
        designs.draft("drafted", TASK);
        assertThat(workflow.fail(REQUESTER, "workflow.instance.start", "{workflowKey: 'drafted'}").code())
                .isEqualTo("CONFLICT");
        Principal otherAdmin = Principal.of("u-other-admin", "org_other", "workflow.admin");
        new Designs(workflow, otherAdmin).publish("elsewhere", TASK);
        assertThat(workflow.fail(REQUESTER, "workflow.instance.start", "{workflowKey: 'elsewhere'}").code())
                .isEqualTo("NOT_FOUND");
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_instance")).isZero();
        assertThat(workflow.call(Principal.of("u-other", "org_other"), "workflow.instance.start",
                "{workflowKey: 'elsewhere'}").get("organizationId").asText()).isEqualTo("org_other");
    }

    @Test
    void startAndConditionStepsAdvanceByThemselvesAndEveryEntryAndExitIsRecorded() {
        designs.publish("auto",
                "{key: 'begin', name: 'Begin', type: 'start', transitions: {next: 'route'}}",
                "{key: 'route', name: 'Route', type: 'condition',"
                        + " transitions: {small: {to: 'done', condition: 'data.amount < 100'}, default: 'review'}}",
                "{key: 'review', name: 'Review', type: 'task', transitions: {ok: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        ObjectNode small = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'auto', contextData: {amount: 5}}");
        assertThat(small.get("status").asText()).isEqualTo("completed");
        assertThat(small.get("outcome").asText()).isEqualTo("small");
        String id = small.get("id").asText();
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND exited_at IS NOT NULL AND step_key IN ('begin', 'route', 'done')")).isEqualTo(3);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id + "'"))
                .isEqualTo(3);

        ObjectNode big = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'auto', contextData: {amount: 500}}");
        assertThat(big.get("status").asText()).isEqualTo("running");
        assertThat(big.get("currentStepKey").asText()).isEqualTo("review");
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '"
                + big.get("id").asText() + "' AND exited_at IS NULL AND step_key = 'review'")).isEqualTo(1);
    }

    @Test
    void contextDataIsMergedWithTheActionsData() {
        designs.publish("docs", TASK);
        String id = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'docs', contextData: {amount: 1, currency: 'CHF'}}").get("id").asText();
        ObjectNode moved = workflow.call(REQUESTER, "workflow.instance.transition",
                "{instanceId: '" + id + "', action: 'submit', data: {amount: 2, note: 'signed'}}");
        ObjectNode context = (ObjectNode) moved.get("instance").get("contextData");
        assertThat(context.get("amount").asInt()).isEqualTo(2);
        assertThat(context.get("currency").asText()).isEqualTo("CHF");
        assertThat(context.get("note").asText()).isEqualTo("signed");
        assertThat(moved.get("instance").get("resultData").get("note").asText()).isEqualTo("signed");
    }

    @Test
    void cancelWorksFromRunningAndWaitingButNotOnceFinished() {
        designs.publish("docs", TASK);
        designs.expenseApproval();
        String running = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'docs'}").get("id").asText();
        String waiting = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String finished = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'docs'}").get("id").asText();
        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + finished + "', action: 'submit'}");

        for (String id : new String[] {running, waiting}) {
            ObjectNode cancelled = workflow.call(ADMIN, "workflow.instance.cancel",
                    "{instanceId: '" + id + "', reason: 'Not needed'}");
            assertThat(cancelled.get("status").asText()).as(id).isEqualTo("cancelled");
            assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                    + "' AND exited_at IS NULL")).as(id).isZero();
        }
        assertThat(workflow.fail(ADMIN, "workflow.instance.cancel", "{instanceId: '" + finished + "', reason: 'Late'}")
                .code()).isEqualTo("CONFLICT");
        assertThat(workflow.count("SELECT COUNT(*) FROM approval_request WHERE status = 'pending'")).isZero();
    }
}
