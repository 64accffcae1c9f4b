package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A decision that does not settle its step still counts: its data joins the instance's context,
 * its escalation timer stops, and a sequential step asks the next approver in order.
 */
class UnsettledDecisionTest {

    private final TestWorkflow workflow = TestWorkflow.h2();

    @AfterEach
    void close() {
        workflow.close();
    }

    private String requestOf(String user) {
        return workflow.call(Principal.of(user, ORG), "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
    }

    @Test
    void theDataOfADecisionThatDoesNotSettleTheStepIsKeptAndItsEscalationTimerStops() {
        new Designs(workflow).publish("all-with-sla",
                "{key: 'decide', name: 'Decide', type: 'approval', approvalMode: 'all', slaSeconds: 3600,"
                        + " approverUserIds: ['u-a', 'u-b'], transitions: {approve: 'approved', reject: 'rejected'}}",
                "{key: 'approved', name: 'Approved', type: 'end', transitions: {}}",
                "{key: 'rejected', name: 'Rejected', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'all-with-sla'}").get("id").asText();
        String requestOfA = requestOf("u-a");
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer")).as("one escalation timer per request")
                .isEqualTo(2);

        workflow.call(Principal.of("u-a", ORG), "workflow.approval.decide",
                "{requestId: '" + requestOfA + "', decision: 'approve', data: {checkedBy: 'u-a'}}");

        JsonNode instance = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("status").asText()).isEqualTo("waiting");
        assertThat(instance.get("contextData").get("checkedBy").asText()).isEqualTo("u-a");
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer WHERE approval_request_id = '" + requestOfA + "'"))
                .isZero();
        assertThat(workflow.count("SELECT COUNT(*) FROM workflow_timer")).isEqualTo(1);
        assertThat(workflow.fireAfter(Duration.ofHours(1))).as("only u-b's request escalates").isEqualTo(1);
    }

    @Test
    void aSequentialStepNumbersItsRequestsInAskingOrder() {
        new Designs(workflow).approvalWith("three-in-turn", "sequential", "u-a", "u-b", "u-c");
        workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'three-in-turn'}");

        for (String user : new String[] {"u-a", "u-b"}) {
            workflow.call(Principal.of(user, ORG), "workflow.approval.decide",
                    "{requestId: '" + requestOf(user) + "', decision: 'approve'}");
        }

        JsonNode third = workflow.call(Principal.of("u-c", ORG), "workflow.approval.get",
                "{requestId: '" + requestOf("u-c") + "'}");
        assertThat(third.get("sequenceOrder").asInt()).isEqualTo(3);
        assertThat(workflow.count("SELECT SUM(sequence_order) FROM approval_request")).isEqualTo(6);
    }
}
