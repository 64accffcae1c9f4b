package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.testing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Designing workflows: drafts, steps, publishing with graph validation, listing. */
class DefinitionsTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    @Test
    @Scenario("create-workflow-happy-path")
    void aNewDefinitionIsADraftAtRevisionOneAndItsKeyIsUniquePerOrganization() {
        ObjectNode created = workflow.call(ADMIN, "workflow.definition.create",
                "{name: 'Travel Request', key: 'travel-request'}");
        assertThat(created.get("status").asText()).isEqualTo("draft");
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(workflow.outboxKeys()).containsExactly("workflow.definition.created");
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.definition.created'"))
                .isEqualTo(1);
        assertThat(workflow.fail(ADMIN, "workflow.definition.create", "{name: 'Again', key: 'travel-request'}")
                .code()).isEqualTo("CONFLICT");
        var otherAdmin = io.contractspec.runtime.Principal.of("u-other", "org_other", "workflow.admin");
        workflow.call(otherAdmin, "workflow.definition.create", "{name: 'Travel Request', key: 'travel-request'}");
    }

    @Test
    void definitionCommandsNeedTheAdminRole() {
        assertThat(workflow.fail(MANAGER, "workflow.definition.create", "{name: 'X', key: 'x'}").code())
                .isEqualTo("FORBIDDEN");
        String id = designs.draft("x");
        assertThat(workflow.fail(MANAGER, "workflow.definition.update", "{workflowId: '" + id + "', name: 'Y'}")
                .code()).isEqualTo("FORBIDDEN");
        assertThat(workflow.fail(MANAGER, "workflow.step.add", "{workflowId: '" + id + "', key: 's', name: 'S',"
                + " type: 'end', transitions: {}}").code()).isEqualTo("FORBIDDEN");
        assertThat(workflow.fail(MANAGER, "workflow.definition.publish", "{workflowId: '" + id + "'}").code())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    @Scenario("update-workflow-happy-path")
    void updateChangesSettingsAndNamesTheChangedFields() {
        String id = designs.draft("policy-exception");
        ObjectNode updated = workflow.call(ADMIN, "workflow.definition.update",
                "{workflowId: '" + id + "', name: 'Policy Exception Request', description: 'Exceptions'}");
        assertThat(updated.get("name").asText()).isEqualTo("Policy Exception Request");
        assertThat(workflow.events().stream()
                .filter(event -> event.payload().path("changedFields").toString().equals("[\"name\",\"description\"]")).count())
                .isEqualTo(1);
    }

    @Test
    @Scenario("add-step-happy-path")
    @Scenario("publish-workflow-happy-path")
    void stepsGoToDraftsAndAPublishedGraphStarts() {
        String id = designs.draft("policy-exception",
                "{key: 'manager-review', name: 'Manager review', type: 'approval', approvalMode: 'any',"
                        + " approverRoles: ['manager'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
        ObjectNode published = workflow.call(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        assertThat(published.get("status").asText()).isEqualTo("active");
        assertThat(published.get("steps")).hasSize(3);
        assertThat(workflow.fail(ADMIN, "workflow.step.add", "{workflowId: '" + id + "', key: 'late', name: 'Late',"
                + " type: 'end', transitions: {}}").code()).isEqualTo("CONFLICT");
        assertThat(workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'policy-exception'}")
                .get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void publishingAnInvalidGraphListsEveryProblemAndChangesNothing() {
        String id = designs.draft("broken",
                "{key: 'begin', name: 'Begin', type: 'start', transitions: {next: 'nowhere'}}",
                "{key: 'check', name: 'Check', type: 'condition', transitions: {big: {to: 'begin', condition: 'data.x >'}}}",
                "{key: 'ask', name: 'Ask', type: 'approval', transitions: {approve: 'begin'}}");
        Map<String, String> before = workflow.snapshot();
        Problem problem = workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        assertThat(problem.code()).isEqualTo("INVALID_GRAPH");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail().orElseThrow()).contains(
                "step 'begin' leads to 'nowhere', which is not a step",
                "the condition of transition 'big' is invalid",
                "step 'ask' (approval) names no approver roles or user ids",
                "needs 'approve' and 'reject' transitions",
                "no end step is reachable",
                "step 'check' cannot be reached from the entry step",
                "step 'ask' cannot be reached from the entry step");
        assertThat(workflow.snapshot()).isEqualTo(before);
    }

    @Test
    void aStartStepMustNameItsWayOutNext() {
        // The start step is left by itself along 'next': a single transition under another name is refused.
        String id = designs.draft("unnamed-start",
                "{key: 'begin', name: 'Begin', type: 'start', transitions: {go: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        Problem problem = workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");

        assertThat(problem.code()).isEqualTo("INVALID_GRAPH");
        assertThat(problem.detail().orElseThrow()).contains("step 'begin' (start) needs a 'next' transition")
                .doesNotContain("exactly one");
    }

    @Test
    @Scenario("list-workflows-by-status")
    @Scenario("list-instances-by-status")
    void listsFilterByStatusAndOtherFields() {
        designs.expenseApproval();
        designs.approvalWith("other", "any", "u-a");
        designs.draft("draft-one");
        assertThat(workflow.call(REQUESTER, "workflow.definition.list", "{status: 'active'}").get("total").asInt())
                .isEqualTo(2);
        assertThat(workflow.call(REQUESTER, "workflow.definition.list", "{search: 'EXPENSE'}").get("total").asInt())
                .isEqualTo(1);
        workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval', referenceId: 'exp-1'}");
        String done = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        workflow.call(REQUESTER, "workflow.instance.cancel", "{instanceId: '" + done + "', reason: 'No longer needed'}");
        assertThat(workflow.call(REQUESTER, "workflow.instance.list",
                "{workflowKey: 'expense-approval', status: 'waiting'}").get("total").asInt()).isEqualTo(1);
        assertThat(workflow.call(REQUESTER, "workflow.instance.list", "{referenceId: 'exp-1'}").get("total").asInt())
                .isEqualTo(1);
        assertThat(workflow.call(REQUESTER, "workflow.instance.list", "{triggeredBy: 'u-requester', limit: 1}")
                .get("instances")).hasSize(1);
    }
}
