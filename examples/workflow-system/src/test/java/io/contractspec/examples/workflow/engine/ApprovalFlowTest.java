package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.FINANCE;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.runtime.Principal;
import io.contractspec.testing.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Approval steps: every mode, withdrawn siblings, delegation, comments and the inbox. */
class ApprovalFlowTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private ObjectNode start(String key) {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: '" + key + "'}");
    }

    private List<String> requests(Principal principal, String status) {
        ObjectNode inbox = workflow.call(principal, "workflow.approval.list.mine", "{status: '" + status + "'}");
        List<String> ids = new ArrayList<>();
        inbox.get("requests").forEach(request -> ids.add(request.get("id").asText()));
        return ids;
    }

    private ObjectNode decide(Principal principal, String requestId, String decision) {
        return workflow.call(principal, "workflow.approval.decide",
                "{requestId: '" + requestId + "', decision: '" + decision + "'}");
    }

    private JsonNode instance(String id) {
        return workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + id + "'}");
    }

    private static Principal user(String id) {
        return Principal.of(id, ORG);
    }

    @Test
    @Scenario("start-workflow-happy-path")
    @Scenario("decide-approval-happy-path")
    void expenseApprovalRunsThroughManagerAndFinanceToCompleted() {
        designs.expenseApproval();
        ObjectNode started = start("expense-approval");
        assertThat(started.get("status").asText()).isEqualTo("waiting");
        assertThat(started.get("currentStepKey").asText()).isEqualTo("manager-approval");
        String id = started.get("id").asText();

        decide(MANAGER, requests(MANAGER, "pending").get(0), "approve");
        assertThat(instance(id).get("currentStepKey").asText()).isEqualTo("finance-approval");
        decide(FINANCE, requests(FINANCE, "pending").get(0), "approve");

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("approve");
        assertThat(workflow.outboxKeys()).contains("workflow.instance.started", "workflow.approval.requested",
                "workflow.approval.decided", "workflow.step.exited", "workflow.instance.completed");
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.approval.decided'"))
                .isEqualTo(2);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE exited_at IS NULL")).isZero();
    }

    @Test
    void anyModeTheFirstDecisionSettlesAndTheOthersAreWithdrawn() {
        designs.approvalWith("any-of-three", "any", "u-a", "u-b", "u-c");
        String id = start("any-of-three").get("id").asText();
        decide(user("u-b"), requests(user("u-b"), "pending").get(0), "reject");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("reject");
        assertThat(requests(user("u-a"), "withdrawn")).hasSize(1);
        assertThat(requests(user("u-c"), "withdrawn")).hasSize(1);
    }

    @Test
    void allModeNeedsEveryApproveAndAnyRejectRejects() {
        designs.approvalWith("all-of-two", "all", "u-a", "u-b");
        String approved = start("all-of-two").get("id").asText();
        decide(user("u-a"), requests(user("u-a"), "pending").get(0), "approve");
        assertThat(instance(approved).get("status").asText()).isEqualTo("waiting");
        decide(user("u-b"), requests(user("u-b"), "pending").get(0), "approve");
        assertThat(instance(approved).get("outcome").asText()).isEqualTo("approve");

        String rejected = start("all-of-two").get("id").asText();
        decide(user("u-a"), requests(user("u-a"), "pending").get(0), "reject");
        assertThat(instance(rejected).get("outcome").asText()).isEqualTo("reject");
        assertThat(requests(user("u-b"), "withdrawn")).hasSize(1);
    }

    @Test
    void majorityModeSettlesAsSoonAsMoreThanHalfAgreeOrApprovalIsOutOfReach() {
        designs.approvalWith("majority-of-three", "majority", "u-a", "u-b", "u-c");
        String approved = start("majority-of-three").get("id").asText();
        decide(user("u-a"), requests(user("u-a"), "pending").get(0), "approve");
        assertThat(instance(approved).get("status").asText()).isEqualTo("waiting");
        decide(user("u-b"), requests(user("u-b"), "pending").get(0), "approve");
        assertThat(instance(approved).get("outcome").asText()).isEqualTo("approve");
        assertThat(requests(user("u-c"), "withdrawn")).hasSize(1);

        String rejected = start("majority-of-three").get("id").asText();
        decide(user("u-a"), requests(user("u-a"), "pending").get(0), "reject");
        assertThat(instance(rejected).get("status").asText()).isEqualTo("waiting");
        decide(user("u-b"), requests(user("u-b"), "pending").get(0), "reject");
        assertThat(instance(rejected).get("outcome").asText()).isEqualTo("reject");
    }

    @Test
    void sequentialModeAsksOneApproverAtATimeInOrder() {
        designs.approvalWith("one-by-one", "sequential", "u-a", "u-b");
        String id = start("one-by-one").get("id").asText();
        assertThat(requests(user("u-b"), "pending")).isEmpty();
        ObjectNode first = decide(user("u-a"), requests(user("u-a"), "pending").get(0), "approve");
        assertThat(first.get("sequenceOrder").asInt()).isEqualTo(1);
        List<String> second = requests(user("u-b"), "pending");
        assertThat(second).hasSize(1);
        assertThat(instance(id).get("status").asText()).isEqualTo("waiting");
        decide(user("u-b"), second.get(0), "approve");
        assertThat(instance(id).get("outcome").asText()).isEqualTo("approve");
    }

    @Test
    @Scenario("delegate-approval-happy-path")
    void aDelegatedRequestIsDecidedByTheDelegateOnly() {
        designs.approvalWith("delegated", "any", "u-a");
        String id = start("delegated").get("id").asText();
        String request = requests(user("u-a"), "pending").get(0);
        ObjectNode delegated = workflow.call(user("u-a"), "workflow.approval.delegate",
                "{requestId: '" + request + "', delegateTo: 'u-deputy', reason: 'Vacation'}");
        assertThat(delegated.get("delegatedTo").asText()).isEqualTo("u-deputy");
        assertThat(workflow.fail(user("u-a"), "workflow.approval.decide",
                "{requestId: '" + request + "', decision: 'approve'}").code()).isEqualTo("FORBIDDEN");
        decide(user("u-deputy"), request, "approve");
        assertThat(instance(id).get("status").asText()).isEqualTo("completed");
        assertThat(workflow.count("SELECT COUNT(*) FROM approval_request WHERE delegated_by = 'u-a'")).isEqualTo(1);
    }

    @Test
    @Scenario("add-comment-happy-path")
    @Scenario("get-approval-happy-path")
    void commentsCanBeInternal() {
        designs.expenseApproval();
        start("expense-approval");
        String request = requests(MANAGER, "pending").get(0);
        ObjectNode comment = workflow.call(MANAGER, "workflow.approval.comment.add",
                "{requestId: '" + request + "', content: 'Receipt checked', isInternal: true}");
        assertThat(comment.get("isInternal").asBoolean()).isTrue();
        ObjectNode read = workflow.call(MANAGER, "workflow.approval.get", "{requestId: '" + request + "'}");
        assertThat(read.get("status").asText()).isEqualTo("pending");
        assertThat(read.get("title").asText()).contains("Manager approval");
    }

    @Test
    @Scenario("list-my-pending-approvals")
    void theInboxCountsPendingRequestsWhateverTheFilter() {
        designs.expenseApproval();
        start("expense-approval");
        start("expense-approval");
        decide(MANAGER, requests(MANAGER, "pending").get(0), "approve");
        ObjectNode inbox = workflow.call(MANAGER, "workflow.approval.list.mine", "{status: 'pending'}");
        assertThat(inbox.get("total").asInt()).isEqualTo(1);
        assertThat(inbox.get("pendingCount").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheAssigneeOrARoleHolderDecidesAndOnlyPendingRequests() {
        designs.expenseApproval();
        start("expense-approval");
        String request = requests(MANAGER, "pending").get(0);
        assertThat(workflow.fail(FINANCE, "workflow.approval.decide",
                "{requestId: '" + request + "', decision: 'approve'}").code()).isEqualTo("FORBIDDEN");
        decide(MANAGER, request, "approve");
        assertThat(workflow.fail(MANAGER, "workflow.approval.decide",
                "{requestId: '" + request + "', decision: 'approve'}").code()).isEqualTo("CONFLICT");
    }
}
