package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.FINANCE;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.ORG;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.Problem;
import io.contractspec.runtime.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 3 and 6: role approvers and user ids are separate namespaces; delegation goes
 * to a user who is not the requester; comments come from approvers and the requester only,
 * internal ones from approvers, and never on a closed request.
 */
class ApprovalAuthorityTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final String instance;
    private final String managerRequest;

    ApprovalAuthorityTest() {
        new Designs(workflow).expenseApproval();
        instance = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}").get("id").asText();
        managerRequest = workflow.call(MANAGER, "workflow.approval.list.mine", "{status: 'pending'}").get("requests").get(0)
                .get("id").asText();
    }

    @AfterEach
    void close() {
        workflow.close();
    }

    private Problem fail(Principal principal, String operation, String input) {
        return workflow.fail(principal, operation, input);
    }

    @Test
    void aUserWhoseIdReadsLikeARoleApproverIsNotTheRolesHolders() {
        Principal impostor = Principal.of("role:manager", ORG, "employee");

        assertThat(workflow.call(impostor, "workflow.approval.list.mine", "{}").get("total").asInt()).isZero();
        assertThat(fail(impostor, "workflow.approval.decide", "{requestId: '" + managerRequest + "', decision: 'approve'}")
                .code()).isEqualTo("FORBIDDEN");
        assertThat(workflow.call(MANAGER, "workflow.approval.get", "{requestId: '" + managerRequest + "'}")
                .get("status").asText()).isEqualTo("pending");
    }

    @Test
    void delegationGoesToAUserNeverToARoleApproverId() {
        Problem refused = fail(MANAGER, "workflow.approval.delegate",
                "{requestId: '" + managerRequest + "', delegateTo: 'role:finance'}");

        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.issues()).singleElement().satisfies(issue -> assertThat(issue.path()).isEqualTo("delegateTo"));
    }

    @Test
    void nobodyDelegatesARequestToItsRequester() {
        Problem refused = fail(MANAGER, "workflow.approval.delegate",
                "{requestId: '" + managerRequest + "', delegateTo: 'u-requester'}");

        assertThat(refused.code()).isEqualTo("SELF_APPROVAL");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(workflow.call(REQUESTER, "workflow.approval.list.mine", "{}").get("total").asInt()).isZero();
    }

    @Test
    void approversAndTheRequesterCommentOnlyApproversInternally() {
        String comment = "workflow.approval.comment.add";
        Principal outsider = Principal.of("u-outsider", ORG, "employee");

        assertThat(fail(outsider, comment, "{requestId: '" + managerRequest + "', content: 'hi'}").code())
                .isEqualTo("FORBIDDEN");
        assertThat(fail(FINANCE, comment, "{requestId: '" + managerRequest + "', content: 'hi'}").code())
                .as("an approver of another step").isEqualTo("FORBIDDEN");
        assertThat(fail(REQUESTER, comment, "{requestId: '" + managerRequest + "', content: 'psst', isInternal: true}")
                .code()).isEqualTo("FORBIDDEN");
        workflow.call(REQUESTER, comment, "{requestId: '" + managerRequest + "', content: 'Receipt attached'}");
        workflow.call(MANAGER, comment, "{requestId: '" + managerRequest + "', content: 'Checked', isInternal: true}");

        assertThat(workflow.count("SELECT COUNT(*) FROM approval_comment")).isEqualTo(2);
    }

    @Test
    void aClosedRequestTakesNoComments() {
        workflow.call(MANAGER, "workflow.approval.decide", "{requestId: '" + managerRequest + "', decision: 'approve'}");
        String decided = "{requestId: '" + managerRequest + "', content: 'late'}";
        assertThat(fail(MANAGER, "workflow.approval.comment.add", decided).code()).isEqualTo("CONFLICT");

        String financeRequest = workflow.call(FINANCE, "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
        workflow.call(REQUESTER, "workflow.instance.cancel", "{instanceId: '" + instance + "', reason: 'withdrawn'}");
        assertThat(fail(REQUESTER, "workflow.approval.comment.add", "{requestId: '" + financeRequest + "', content: 'x'}")
                .code()).isEqualTo("CONFLICT");
    }
}
