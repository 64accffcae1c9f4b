package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static io.contractspec.examples.workflow.engine.TestWorkflow.FINANCE;
import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The key flows on PostgreSQL: the same migrations, timers claimed with SKIP LOCKED, racing commands. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWorkflowTest {

    private PostgresSchema schema;
    private TestWorkflow workflow;
    private Designs designs;

    @BeforeAll
    void open() {
        schema = new PostgresSchema();
        workflow = TestWorkflow.on(schema.dataSource);
        designs = new Designs(workflow);
        designs.expenseApproval();
        designs.publish("strict",
                "{key: 'work', name: 'Work', type: 'task', timeoutSeconds: 60, transitions: {done: 'finished'}}",
                "{key: 'finished', name: 'Finished', type: 'end', transitions: {}}");
    }

    @AfterAll
    void close() {
        schema.close();
    }

    @Test
    void expenseApprovalCompletesWithEventsAndAudit() {
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        for (Principal approver : List.of(MANAGER, FINANCE)) {
            String request = workflow.call(approver, "workflow.approval.list.mine", "{status: 'pending'}")
                    .get("requests").get(0).get("id").asText();
            workflow.call(approver, "workflow.approval.decide", "{requestId: '" + request + "', decision: 'approve'}");
        }
        assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("status").asText())
                .isEqualTo("completed");
        assertThat(workflow.eventCount("workflow.instance.completed"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void concurrentWorkersFireEachTimerOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'strict'}").get("id").asText());
        }
        workflow.clock.advance(Duration.ofMinutes(5));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        int fired = 0;
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(() -> workflow.runtime.timerWorker().fireDue(workflow.clock.instant()));
            }
            for (Future<Integer> result : threads.invokeAll(workers)) {
                fired += result.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(fired).isEqualTo(10);
        for (String id : ids) {
            assertThat(workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}")
                    .get("status").asText()).isEqualTo("timeout");
        }
        assertThat(workflow.eventCount("workflow.instance.timed-out"))
                .isEqualTo(10);
    }

    @Test
    void racingDecisionsSettleTheStepOnce() throws Exception {
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}")
                .get("id").asText();
        String request = workflow.call(ADMIN, "workflow.instance.get", "{instanceId: '" + id + "'}").get("id").asText();
        String requestId = workflow.call(MANAGER, "workflow.approval.list.mine", "{status: 'pending'}")
                .get("requests").get(0).get("id").asText();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        int won = 0;
        try {
            List<Callable<CallResult>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> workflow.execute(MANAGER, "workflow.approval.decide",
                        "{requestId: '" + requestId + "', decision: 'approve'}"));
            }
            for (Future<CallResult> result : threads.invokeAll(calls)) {
                if (result.get() instanceof CallResult.Success) {
                    won++;
                } else {
                    assertThat(((CallResult.Failure) result.get()).problem().code()).isEqualTo("CONFLICT");
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(won).isEqualTo(1);
        assertThat(request).isEqualTo(id);
        assertThat(workflow.count("SELECT COUNT(*) FROM approval_request WHERE workflow_instance_id = '" + id
                + "' AND approver_role = 'finance'")).isEqualTo(1);
    }
}
