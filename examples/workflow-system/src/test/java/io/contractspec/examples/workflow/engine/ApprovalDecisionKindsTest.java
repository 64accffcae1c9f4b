package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decisions besides approve and reject: {@code request_changes} counts as a reject and takes
 * the step's {@code request_changes} transition when there is one; {@code abstain} withdraws the
 * approver's request and takes no side (as {@link ApprovalDecisions} documents). Where the
 * behaviour with abstentions is not specified, the test name says what the engine does.
 */
class ApprovalDecisionKindsTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String start(String key) {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: '" + key + "'}").get("id").asText();
    }

    private ObjectNode decide(String user, String decision) {
        Principal approver = Principal.of(user, ORG);
        List<String> pending = requests(user, "pending");
        assertThat(pending).as(user + " has one pending request").hasSize(1);
        return workflow.call(approver, "workflow.approval.decide",
                "{requestId: '" + pending.get(0) + "', decision: '" + decision + "'}");
    }

    private List<String> requests(String user, String status) {
        List<String> ids = new ArrayList<>();
        workflow.call(Principal.of(user, ORG), "workflow.approval.list.mine", "{status: '" + status + "'}")
                .get("requests").forEach(request -> ids.add(request.get("id").asText()));
        return ids;
    }

    private ObjectNode instance(String id) {
        return workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    @Test
    void requestChangesFollowsTheRequestChangesTransitionWhenTheStepHasOne() {
        designs.publish("revisable",
                "{key: 'decide', name: 'Decide', type: 'approval', approverUserIds: ['u-a'],"
                        + " transitions: {approve: 'approved', reject: 'rejected', request_changes: 'revise'}}",
                "{key: 'revise', name: 'Revise', type: 'task', transitions: {resubmit: 'decide'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
        String id = start("revisable");
        ObjectNode decided = decide("u-a", "request_changes");
        assertThat(decided.get("status").asText()).isEqualTo("rejected");
        assertThat(decided.get("decision").asText()).isEqualTo("request_changes");
        ObjectNode revising = instance(id);
        assertThat(revising.get("status").asText()).isEqualTo("running");
        assertThat(revising.get("currentStepKey").asText()).isEqualTo("revise");

        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'resubmit'}");
        assertThat(instance(id).get("currentStepKey").asText()).isEqualTo("decide");
        decide("u-a", "approve");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    void requestChangesWithoutItsOwnTransitionFollowsReject() {
        designs.approvalWith("strict", "any", "u-a");
        String id = start("strict");
        decide("u-a", "request_changes");
        assertThat(instance(id).get("status").asText()).isEqualTo("completed");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void abstainWithdrawsOnlyThatApproversRequestAndTheOthersDecide() {
        designs.approvalWith("any-of-two", "any", "u-a", "u-b");
        String id = start("any-of-two");
        ObjectNode abstained = decide("u-a", "abstain");
        assertThat(abstained.get("status").asText()).isEqualTo("withdrawn");
        assertThat(abstained.get("decision").asText()).isEqualTo("abstain");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        assertThat(requests("u-b", "pending")).hasSize(1);
        decide("u-b", "approve");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    void anyModeWhenEveryApproverAbstainsTheStepIsRejected() {
        designs.approvalWith("lonely", "any", "u-a");
        String id = start("lonely");
        decide("u-a", "abstain");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void allModeAnAbstentionLeavesTheDecisionToTheOthers() {
        designs.approvalWith("all-of-two", "all", "u-a", "u-b");
        String id = start("all-of-two");
        decide("u-a", "abstain");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        decide("u-b", "approve");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    void majorityModeCountsAnAbstentionAsNotApprovingOutOfAllApprovers() {
        designs.approvalWith("majority-of-three", "majority", "u-a", "u-b", "u-c");
        String approved = start("majority-of-three");
        decide("u-a", "abstain");
        decide("u-b", "approve");
        assertThat(instance(approved).get("status").asText()).as("1 of 3 approve, 1 open").isEqualTo("waiting");
        decide("u-c", "approve");
        assertThat(instance(approved).get("outcome").asText()).isEqualTo("approve");

        String rejected = start("majority-of-three");
        decide("u-a", "abstain");
        decide("u-b", "reject");
        assertThat(instance(rejected).get("outcome").asText()).as("at most 1 of 3 can still approve")
                .isEqualTo("reject");
        assertThat(requests("u-c", "withdrawn")).as("the second instance's request").hasSize(1);
    }

    @Test
    void majorityModeRequestChangesSettlesThroughItsTransitionOnceApprovalIsOutOfReach() {
        designs.publish("majority-revisable",
                "{key: 'decide', name: 'Decide', type: 'approval', approvalMode: 'majority',"
                        + " approverUserIds: ['u-a', 'u-b'],"
                        + " transitions: {approve: 'approved', reject: 'rejected', request_changes: 'revise'}}",
                "{key: 'revise', name: 'Revise', type: 'end', transitions: {}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
        String id = start("majority-revisable");
        decide("u-a", "request_changes");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("request_changes");
        assertThat(requests("u-b", "withdrawn")).hasSize(1);
    }

    @Test
    void sequentialModeAnAbstentionPassesTheRequestToTheNextApprover() {
        designs.approvalWith("one-by-one", "sequential", "u-a", "u-b");
        String id = start("one-by-one");
        decide("u-a", "abstain");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        decide("u-b", "approve");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }
}
