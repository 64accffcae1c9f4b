package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.testing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pause, resume and cancel; timeouts and escalations on a manual clock. */
class LifecycleTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String startTask() {
        designs.publish("documents",
                "{key: 'collect', name: 'Collect', type: 'task', transitions: {submit: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'documents'}").get("id").asText();
    }

    private String status(String id) {
        return workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("status").asText();
    }

    @Test
    @Scenario("pause-workflow-happy-path")
    @Scenario("resume-workflow-happy-path")
    void pauseAndResumeARunningInstance() {
        String id = startTask();
        assertThat(workflow.call(REQUESTER, "workflow.instance.pause", "{instanceId: '" + id + "'}")
                .get("status").asText()).isEqualTo("paused");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.transition",
                "{instanceId: '" + id + "', action: 'submit'}").code()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(workflow.call(ADMIN, "workflow.instance.resume", "{instanceId: '" + id + "'}")
                .get("status").asText()).isEqualTo("running");
        assertThat(workflow.outboxKeys()).contains("workflow.instance.paused", "workflow.instance.resumed");
    }

    @Test
    @Scenario("resume-restores-waiting")
    @Scenario("decide-on-paused-instance")
    void resumeRestoresWaitingAndDecisionsOnAPausedInstanceConflict() {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        workflow.call(ADMIN, "workflow.instance.pause", "{instanceId: '" + id + "'}");
        String request = workflow.call(MANAGER, "workflow.approval.list.mine", "{}").get("requests").get(0)
                .get("id").asText();
        assertThat(workflow.fail(MANAGER, "workflow.approval.decide",
                "{requestId: '" + request + "', decision: 'approve'}").code()).isEqualTo("CONFLICT");
        assertThat(workflow.call(MANAGER, "workflow.approval.get", "{requestId: '" + request + "'}")
                .get("status").asText()).isEqualTo("pending");
        assertThat(workflow.call(ADMIN, "workflow.instance.resume", "{instanceId: '" + id + "'}")
                .get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void onlyTheStarterOrAnAdminPausesAndResumes() {
        String id = startTask();
        assertThat(workflow.fail(MANAGER, "workflow.instance.pause", "{instanceId: '" + id + "'}").code())
                .isEqualTo("FORBIDDEN");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.resume", "{instanceId: '" + id + "'}").code())
                .isEqualTo("CONFLICT");
    }

    @Test
    @Scenario("cancel-workflow-happy-path")
    void cancelNeedsAReasonWorksFromAnyOpenStatusAndWithdrawsRequests() {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        assertThat(workflow.fail(REQUESTER, "workflow.instance.cancel", "{instanceId: '" + id + "'}").code())
                .isEqualTo("VALIDATION_FAILED");
        workflow.call(REQUESTER, "workflow.instance.pause", "{instanceId: '" + id + "'}");
        ObjectNode cancelled = workflow.call(REQUESTER, "workflow.instance.cancel",
                "{instanceId: '" + id + "', reason: 'Withdrawn'}");
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(workflow.count("SELECT COUNT(*) FROM approval_request WHERE status = 'withdrawn'")).isEqualTo(1);
        assertThat(workflow.fail(REQUESTER, "workflow.instance.cancel",
                "{instanceId: '" + id + "', reason: 'Again'}").code()).isEqualTo("CONFLICT");
    }

    @Test
    void aTimeoutFollowsTheTimeoutTransition() {
        designs.publish("timed",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60,"
                        + " transitions: {done: 'finished', timeout: 'late'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}",
                "{key: 'late', name: 'Late', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'timed'}").get("id").asText();
        assertThat(workflow.fireAfter(Duration.ofSeconds(59))).isZero();
        assertThat(workflow.fireAfter(Duration.ofSeconds(1))).isEqualTo(1);
        ObjectNode instance = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}");
        assertThat(instance.get("outcome").asText()).isEqualTo("timeout");
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE status = 'timeout'")).isEqualTo(1);
    }

    @Test
    void withoutATimeoutTransitionTheInstanceTimesOut() {
        designs.publish("strict",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60, transitions: {done: 'finished'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'strict'}").get("id").asText();
        workflow.fireAfter(Duration.ofMinutes(2));
        assertThat(status(id)).isEqualTo("timeout");
        assertThat(workflow.outboxKeys()).contains("workflow.instance.timed-out");
        assertThat(workflow.fireAfter(Duration.ofMinutes(2))).isZero();
    }

    @Test
    void timersDoNotFireWhilePausedAndKeepTheirRemainingTime() {
        designs.publish("strict",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60, transitions: {done: 'finished'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'strict'}").get("id").asText();
        workflow.clock.advance(Duration.ofSeconds(40));
        workflow.call(REQUESTER, "workflow.instance.pause", "{instanceId: '" + id + "'}");
        assertThat(workflow.fireAfter(Duration.ofHours(1))).isZero();
        workflow.call(REQUESTER, "workflow.instance.resume", "{instanceId: '" + id + "'}");
        assertThat(workflow.fireAfter(Duration.ofSeconds(19))).isZero();
        assertThat(workflow.fireAfter(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(status(id)).isEqualTo("timeout");
    }

    @Test
    void anOverdueApprovalEscalatesOncePerSla() {
        designs.publish("sla",
                "{key: 'decide', name: 'Decide', type: 'approval', approverRoles: ['manager'], slaSeconds: 3600,"
                        + " transitions: {approve: 'done', reject: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'sla'}");
        assertThat(workflow.fireAfter(Duration.ofMinutes(59))).isZero();
        assertThat(workflow.fireAfter(Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(workflow.fireAfter(Duration.ofMinutes(1))).isZero();
        assertThat(workflow.fireAfter(Duration.ofHours(1))).isEqualTo(1);
        ObjectNode request = (ObjectNode) workflow.call(MANAGER, "workflow.approval.list.mine", "{}").get("requests").get(0);
        assertThat(request.get("escalationLevel").asInt()).isEqualTo(2);
        assertThat(request.get("status").asText()).isEqualTo("pending");
        assertThat(workflow.outboxKeys().stream().filter("workflow.approval.escalated"::equals)).hasSize(2);
    }

    @Test
    void aWaitStepMovesOnWhenItsTimerRunsOut() {
        designs.publish("cooling-off",
                "{key: 'pause', name: 'Cooling off', type: 'wait', timeoutSeconds: 300, transitions: {next: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'cooling-off'}").get("id").asText();
        assertThat(status(id)).isEqualTo("waiting");
        workflow.fireAfter(Duration.ofMinutes(5));
        assertThat(status(id)).isEqualTo("completed");
    }

    @Test
    void theSchedulersFireDueReadsTheWorkersOwnClock() {
        designs.publish("cooling-off",
                "{key: 'pause', name: 'Cooling off', type: 'wait', timeoutSeconds: 300, transitions: {next: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'cooling-off'}").get("id").asText();
        workflow.clock.advance(Duration.ofSeconds(299));
        assertThat(workflow.runtime.timerWorker().fireDue()).isZero();
        workflow.clock.advance(Duration.ofSeconds(1));
        assertThat(workflow.runtime.timerWorker().fireDue()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("completed");
    }
}
