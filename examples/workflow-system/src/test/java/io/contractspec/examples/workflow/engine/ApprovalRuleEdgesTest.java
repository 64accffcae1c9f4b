package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.runtime.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of the approval modes that three-approver cases never reach: a tied majority, and
 * steps where every approver abstains. An approval needs at least one approve; a tie is no majority.
 */
class ApprovalRuleEdgesTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String start(String key) {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: '" + key + "'}").get("id").asText();
    }

    /** The user's one pending request, decided. */
    private void decide(String user, String decision) {
        Principal approver = Principal.of(user, ORG);
        JsonNode pending = workflow.call(approver, "workflow.approval.list.mine", "{status: 'pending'}").get("requests");
        assertThat(pending).as("pending requests of " + user).hasSize(1);
        workflow.call(approver, "workflow.approval.decide",
                "{requestId: '" + pending.get(0).get("id").asText() + "', decision: '" + decision + "'}");
    }

    private JsonNode instance(String id) {
        return workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    @Test
    void aTiedMajorityDoesNotApproveAndEndsRejectedOnceTheLastApproverRejects() {
        designs.approvalWith("majority-of-four", "majority", "u-a", "u-b", "u-c", "u-d");
        String id = start("majority-of-four");

        decide("u-a", "approve");
        decide("u-b", "approve");
        assertThat(instance(id).get("status").asText()).as("2 of 4 is no majority").isEqualTo("waiting");
        decide("u-c", "reject");
        assertThat(instance(id).get("status").asText()).as("the last approver can still make 3 of 4")
                .isEqualTo("waiting");
        decide("u-d", "reject");

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void aMajorityOfFourApprovesWithThree() {
        designs.approvalWith("majority-of-four", "majority", "u-a", "u-b", "u-c", "u-d");
        String id = start("majority-of-four");

        decide("u-a", "approve");
        decide("u-b", "reject");
        decide("u-c", "approve");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        decide("u-d", "approve");

        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    void allModeWhereEveryApproverAbstainsDoesNotApprove() {
        designs.approvalWith("all-of-two", "all", "u-a", "u-b");
        String id = start("all-of-two");

        decide("u-a", "abstain");
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        decide("u-b", "abstain");

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void allModeApprovesWhenTheOthersAbstainAndOneApproves() {
        designs.approvalWith("all-of-two", "all", "u-a", "u-b");
        String id = start("all-of-two");

        decide("u-a", "abstain");
        decide("u-b", "approve");

        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    void sequentialModeWhereEveryApproverAbstainsDoesNotApprove() {
        designs.approvalWith("one-by-one", "sequential", "u-a", "u-b");
        String id = start("one-by-one");

        decide("u-a", "abstain");
        assertThat(instance(id).get("status").asText()).as("the next approver is asked").isEqualTo("waiting");
        decide("u-b", "abstain");

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void sequentialModeApprovesWhenTheLastApproverAbstainsAfterAnApprove() {
        designs.approvalWith("one-by-one", "sequential", "u-a", "u-b");
        String id = start("one-by-one");

        decide("u-a", "approve");
        decide("u-b", "abstain");

        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }
}
