package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.runtime.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parallel steps: the status the fork leaves, the join into a step that is not the end, and what publish refuses. */
class ParallelStepsTest {

    private static final Principal SECURITY = Principal.of("u-sec", ORG);
    private static final Principal LEGAL = Principal.of("u-legal", ORG);

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private ObjectNode start(String key) {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: '" + key + "'}");
    }

    private void approve(Principal approver) {
        String request = workflow.call(approver, "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
        workflow.call(approver, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
    }

    @Test
    void theForkLeavesTheInstanceRunningWhileATaskBranchIsOpen() {
        designs.publish("task-and-approval",
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal', 'security'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'done'}}",
                "{key: 'security', name: 'Security', type: 'approval', approverUserIds: ['u-sec'],"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        ObjectNode started = start("task-and-approval");

        assertThat(started.get("status").asText()).isEqualTo("running");
        assertThat(started.get("currentStepKey").asText()).isEqualTo("split");
    }

    @Test
    void theForkLeavesTheInstanceWaitingWhenEveryBranchIsAnApproval() {
        designs.publish("two-approvals",
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal', 'security'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'approval', approverUserIds: ['u-legal'],"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'security', name: 'Security', type: 'approval', approverUserIds: ['u-sec'],"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        ObjectNode started = start("two-approvals");

        assertThat(started.get("status").asText()).isEqualTo("waiting");
        String id = started.get("id").asText();
        ObjectNode stored = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(stored.get("status").asText()).as("as stored, though the fork read its branches after the insert")
                .isEqualTo("waiting");
        assertThat(stored.get("currentStepKey").asText()).isEqualTo("split");
        approve(LEGAL);
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("status").asText())
                .as("one approval branch is still open").isEqualTo("waiting");
    }

    @Test
    void theJoinLeavesTheParallelStepWhenTheFlowGoesOnToATask() {
        designs.publish("split-then-review",
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal', 'security'], next: 'review'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'review'}}",
                "{key: 'security', name: 'Security', type: 'approval', approverUserIds: ['u-sec'],"
                        + " transitions: {approve: 'review', reject: 'review'}}",
                "{key: 'review', name: 'Review', type: 'task', transitions: {close: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = start("split-then-review").get("id").asText();

        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'cleared'}");
        approve(SECURITY);

        ObjectNode instance = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("status").asText()).isEqualTo("running");
        assertThat(instance.get("currentStepKey").asText()).isEqualTo("review");
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND step_key = 'split' AND status = 'completed' AND exited_at IS NOT NULL")).isEqualTo(1);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND exited_at IS NULL")).as("only the review is open").isEqualTo(1);
        assertThat(workflow.eventCount("workflow.step.exited",
                event -> event.payload().path("stepKey").asText().equals("split"))).isEqualTo(1);
    }

    private Problem publishRefused(String... steps) {
        String id = designs.draft("refused", steps);
        Problem problem = workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + id + "'}");
        assertThat(problem.code()).isEqualTo("INVALID_GRAPH");
        return problem;
    }

    @Test
    void publishRefusesAParallelStepWithoutBranches() {
        Problem problem = publishRefused(
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {next: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        assertThat(problem.detail().orElseThrow())
                .contains("step 'split' (parallel) needs 'branches' and a 'next' step to join into");
    }

    @Test
    void publishRefusesABranchThatIsNeitherATaskNorAnApproval() {
        Problem problem = publishRefused(
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal', 'check'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'done'}}",
                "{key: 'check', name: 'Check', type: 'condition', transitions: {default: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        assertThat(problem.detail().orElseThrow())
                .contains("step 'split' (parallel): branch 'check' must be a task or approval step")
                .doesNotContain("branch 'legal'");
    }

    @Test
    void publishRefusesABranchThatDoesNotLeadToTheJoin() {
        Problem problem = publishRefused(
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal', 'security'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'done', escalate: 'elsewhere'}}",
                "{key: 'security', name: 'Security', type: 'task', transitions: {cleared: 'done'}}",
                "{key: 'elsewhere', name: 'Elsewhere', type: 'end', transitions: {}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        assertThat(problem.detail().orElseThrow())
                .contains("step 'split' (parallel): every transition of branch 'legal' must lead to the join step 'done'")
                .doesNotContain("branch 'security'");
    }
}
