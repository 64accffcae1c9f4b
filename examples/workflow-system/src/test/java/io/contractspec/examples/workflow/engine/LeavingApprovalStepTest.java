package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.runtime.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An approval step left for a step that is not the end withdraws the requests still open: the
 * instance lives on, so nothing else (no ending) would withdraw them.
 */
class LeavingApprovalStepTest {

    private static final Principal A = Principal.of("u-a", ORG);
    private static final Principal B = Principal.of("u-b", ORG);

    private final TestWorkflow workflow = TestWorkflow.h2();

    @AfterEach
    void close() {
        workflow.close();
    }

    private JsonNode requests(Principal approver, String status) {
        return workflow.call(approver, "workflow.approval.list.mine", "{status: '" + status + "'}").get("requests");
    }

    @Test
    void theFirstDecisionWithdrawsTheOtherRequestsWhenTheNextStepIsATask() {
        new Designs(workflow).publish("approve-then-fulfil",
                "{key: 'decide', name: 'Decide', type: 'approval', approvalMode: 'any',"
                        + " approverUserIds: ['u-a', 'u-b'], transitions: {approve: 'fulfil', reject: 'rejected'}}",
                "{key: 'fulfil', name: 'Fulfil', type: 'task', transitions: {done: 'fulfilled'}}",
                "{key: 'fulfilled', name: 'Fulfilled', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'approve-then-fulfil'}")
                .get("id").asText();

        workflow.call(A, "workflow.approval.decide",
                "{requestId: '" + requests(A, "pending").get(0).get("id").asText() + "', decision: 'approve'}");

        JsonNode instance = workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("status").asText()).isEqualTo("running");
        assertThat(instance.get("currentStepKey").asText()).isEqualTo("fulfil");
        assertThat(requests(B, "pending")).isEmpty();
        assertThat(requests(B, "withdrawn")).hasSize(1);
        assertThat(workflow.count("SELECT COUNT(*) FROM approval_request WHERE status = 'pending'")).isZero();
    }
}
