package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A branch of a parallel step with {@code timeoutSeconds}: its timer ends the branch, not the step. */
class ParallelBranchTimeoutTest {

    private static final Principal SECURITY = Principal.of("u-sec", ORG);

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String start(String legalTransitions) {
        designs.publish("onboarding",
                "{key: 'split', name: 'Split', type: 'parallel',"
                        + " transitions: {branches: ['legal', 'security'], next: 'done'}}",
                "{key: 'legal', name: 'Legal', type: 'task', timeoutSeconds: 60, transitions: " + legalTransitions + "}",
                "{key: 'security', name: 'Security', type: 'approval', approverUserIds: ['u-sec'],"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'onboarding'}").get("id").asText();
    }

    private ObjectNode instance(String id) {
        return workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    private String branchStatus(String id, String stepKey) {
        long timedOut = workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND step_key = '" + stepKey + "' AND status = 'timeout'");
        long completed = workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND step_key = '" + stepKey + "' AND status = 'completed'");
        return timedOut + " timeout, " + completed + " completed";
    }

    @Test
    void aTimedOutBranchTakesItsTimeoutTransitionAndTheJoinWaitsForTheOtherBranches() {
        String id = start("{cleared: 'done', timeout: 'done'}");
        assertThat(workflow.fireAfter(Duration.ofSeconds(59))).isZero();
        assertThat(workflow.fireAfter(Duration.ofSeconds(1))).isEqualTo(1);

        ObjectNode waiting = instance(id);
        assertThat(waiting.get("status").asText()).as("only the approval branch is open").isEqualTo("waiting");
        assertThat(waiting.get("currentStepKey").asText()).isEqualTo("split");
        assertThat(branchStatus(id, "legal")).isEqualTo("1 timeout, 0 completed");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.transition",
                "{instanceId: '" + id + "', action: 'cleared'}").code()).isEqualTo("TRANSITION_NOT_ALLOWED");

        String request = workflow.call(SECURITY, "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
        workflow.call(SECURITY, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
        ObjectNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("next");
        assertThat(workflow.outboxKeys()).doesNotContain("workflow.instance.timed-out");
    }

    @Test
    void aBranchFinishedBeforeItsTimeoutNeverTimesOut() {
        String id = start("{cleared: 'done', timeout: 'done'}");
        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'cleared'}");
        assertThat(workflow.fireAfter(Duration.ofMinutes(5))).isZero();
        assertThat(branchStatus(id, "legal")).isEqualTo("0 timeout, 1 completed");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void aTimedOutBranchWithoutATimeoutTransitionTimesTheInstanceOutAndExpiresTheOtherBranchesRequests() {
        String id = start("{cleared: 'done'}");
        assertThat(workflow.fireAfter(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(instance(id).get("status").asText()).isEqualTo("timeout");
        assertThat(workflow.outboxKeys()).contains("workflow.instance.timed-out");
        assertThat(workflow.call(SECURITY, "workflow.approval.list.mine", "{status: 'expired'}").get("total").asInt())
                .isEqualTo(1);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND exited_at IS NULL")).isZero();
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer")).isZero();
    }
}
