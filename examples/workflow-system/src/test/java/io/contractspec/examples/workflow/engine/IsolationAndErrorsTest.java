package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.result.ContractException;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Organizations never see each other; every failure leaves nothing behind; racing changes conflict. */
class IsolationAndErrorsTest {

    private static final Principal OUTSIDER = Principal.of("u-admin", "org_other", "workflow.admin", "manager");

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String startTask(String roles, String actionRoles) {
        designs.publish("gated",
                "{key: 'work', name: 'Work', type: 'task', approverRoles: " + roles + ","
                        + " transitions: {submit: 'done', force: {to: 'done', roles: " + actionRoles + "}}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'gated'}").get("id").asText();
    }

    @Test
    void anotherOrganizationsRecordsAreNotFound() {
        String definition = designs.expenseApproval();
        String instance = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String request = workflow.call(MANAGER, "workflow.approval.list.mine", "{}").get("requests").get(0)
                .get("id").asText();
        Map<String, String> before = workflow.snapshot();
        for (String[] call : new String[][] {
                {"workflow.definition.get", "{workflowId: '" + definition + "'}"},
                {"workflow.definition.update", "{workflowId: '" + definition + "', name: 'Mine'}"},
                {"workflow.instance.get", "{instanceId: '" + instance + "'}"},
                {"workflow.instance.pause", "{instanceId: '" + instance + "'}"},
                {"workflow.instance.cancel", "{instanceId: '" + instance + "', reason: 'x'}"},
                {"workflow.instance.transition", "{instanceId: '" + instance + "', action: 'approve'}"},
                {"workflow.approval.get", "{requestId: '" + request + "'}"},
                {"workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}"},
                {"workflow.approval.comment.add", "{requestId: '" + request + "', content: 'Hi'}"},
                {"workflow.instance.start", "{workflowKey: 'expense-approval'}"}}) {
            assertThat(workflow.fail(OUTSIDER, call[0], call[1]).code()).as(call[0]).isEqualTo("NOT_FOUND");
        }
        assertThat(workflow.call(OUTSIDER, "workflow.instance.list", "{}").get("total").asInt()).isZero();
        assertThat(workflow.call(OUTSIDER, "workflow.definition.list", "{}").get("total").asInt()).isZero();
        assertThat(workflow.call(OUTSIDER, "workflow.approval.list.mine", "{}").get("total").asInt()).isZero();
        assertThat(workflow.snapshot()).isEqualTo(before);
    }

    @Test
    void transitionsNeedTheStepsAndTheActionsRoles() {
        String id = startTask("['clerk']", "['supervisor']");
        Map<String, String> before = workflow.snapshot();
        assertThat(workflow.fail(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'submit'}")
                .code()).isEqualTo("FORBIDDEN");
        Principal clerk = Principal.of("u-clerk", TestWorkflow.ORG, "clerk");
        assertThat(workflow.fail(clerk, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'force'}")
                .code()).isEqualTo("FORBIDDEN");
        assertThat(workflow.fail(clerk, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'fly'}")
                .code()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(workflow.fail(clerk, "workflow.instance.transition", "{instanceId: 'inst-none', action: 'submit'}")
                .code()).isEqualTo("NOT_FOUND");
        assertThat(workflow.snapshot()).isEqualTo(before);
        Principal supervisor = Principal.of("u-boss", TestWorkflow.ORG, "clerk", "supervisor");
        assertThat(workflow.call(supervisor, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'force'}")
                .get("instance").get("status").asText()).isEqualTo("completed");
    }

    @Test
    void failedCommandsWriteNothing() {
        designs.expenseApproval();
        designs.draft("draft-only");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        workflow.call(REQUESTER, "workflow.instance.cancel", "{instanceId: '" + id + "', reason: 'Done'}");
        Map<String, String> before = workflow.snapshot();
        assertThat(workflow.fail(REQUESTER, "workflow.instance.start", "{workflowKey: 'draft-only'}").code())
                .isEqualTo("CONFLICT");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.start", "{workflowKey: 'nope'}").code())
                .isEqualTo("NOT_FOUND");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.pause", "{instanceId: '" + id + "'}").code())
                .isEqualTo("CONFLICT");
        assertThat(workflow.fail(ADMIN, "workflow.instance.resume", "{instanceId: '" + id + "'}").code())
                .isEqualTo("CONFLICT");
        assertThat(workflow.fail(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'x'}")
                .code()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(workflow.fail(ADMIN, "workflow.definition.create", "{name: 'E', key: 'expense-approval'}").code())
                .isEqualTo("CONFLICT");
        assertThat(workflow.snapshot()).isEqualTo(before);
    }

    @Test
    void aStaleVersionLosesWithConflict() throws Exception {
        designs.expenseApproval();
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        JdbcUnitOfWork units = new JdbcUnitOfWork(workflow.runtime.dataSource());
        var instances = workflow.runtime.stores().instances();
        InstanceRow mine = units.run(t -> instances.find(JdbcSession.of(t), TestWorkflow.ORG, id).orElseThrow());
        InstanceRow theirs = units.run(t -> instances.find(JdbcSession.of(t), TestWorkflow.ORG, id).orElseThrow());
        units.run(t -> {
            instances.update(JdbcSession.of(t), mine.status(InstanceStatus.PAUSED));
            return null;
        });
        // The update is queued; the commit sends it, and its version check fails there.
        assertThatThrownBy(() -> units.run(t -> {
            instances.update(JdbcSession.of(t), theirs.status(InstanceStatus.CANCELLED));
            return null;
        })).isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.code()).isEqualTo("CONFLICT"));
    }

    @Test
    void racingTransitionsMoveTheInstanceOnce() throws Exception {
        String id = startTask("['clerk']", "['clerk']");
        Principal clerk = Principal.of("u-clerk", TestWorkflow.ORG, "clerk");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<CallResult>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> workflow.execute(clerk, "workflow.instance.transition",
                        "{instanceId: '" + id + "', action: 'submit'}"));
            }
            int won = 0;
            for (Future<CallResult> result : threads.invokeAll(calls)) {
                if (result.get() instanceof CallResult.Success) {
                    won++;
                } else {
                    assertThat(((CallResult.Failure) result.get()).problem().code())
                            .isIn("CONFLICT", "TRANSITION_NOT_ALLOWED");
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(workflow.outboxKeys().stream().filter("workflow.instance.completed"::equals)).hasSize(1);
        assertThat(workflow.count("SELECT COUNT(*) FROM cs_audit WHERE action = 'workflow.instance.transitioned'"))
                .isEqualTo(1);
    }
}
