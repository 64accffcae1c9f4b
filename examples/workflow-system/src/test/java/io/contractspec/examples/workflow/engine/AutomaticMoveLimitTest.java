package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A graph whose automatic steps (start, condition) loop would spin forever; the engine fails the
 * instance after 100 automatic moves in a row, with a message that says why.
 */
class AutomaticMoveLimitTest {

    private final TestWorkflow workflow = TestWorkflow.h2();

    @AfterEach
    void close() {
        workflow.close();
    }

    @Test
    void aLoopOfConditionStepsFailsTheInstanceAtExactlyTheLimit() {
        new Designs(workflow).publish("spinning",
                "{key: 'begin', name: 'Begin', type: 'start', transitions: {next: 'ping'}}",
                "{key: 'ping', name: 'Ping', type: 'condition', transitions: {"
                        + " out: {to: 'done', condition: 'data.stop == true'}, default: 'pong'}}",
                "{key: 'pong', name: 'Pong', type: 'condition', transitions: {default: 'ping'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        ObjectNode failed = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'spinning'}");

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("errorMessage").asText())
                .isEqualTo("more than 100 automatic steps in a row; the graph loops");
        String id = failed.get("id").asText();
        // begin, then 100 automatic moves: visits 0..100, the last one failed where it stood
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id + "'"))
                .isEqualTo(101);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND status = 'failed'")).isEqualTo(1);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND exited_at IS NULL")).isZero();
        assertThat(workflow.outboxKeys()).containsOnlyOnce("workflow.instance.failed");
    }

    @Test
    void theCountStartsAgainAtAParallelJoin() {
        new Designs(workflow).publish("join-then-spin",
                "{key: 'split', name: 'Split', type: 'parallel', transitions: {branches: ['legal'], next: 'ping'}}",
                "{key: 'legal', name: 'Legal', type: 'task', transitions: {cleared: 'ping'}}",
                "{key: 'ping', name: 'Ping', type: 'condition', transitions: {"
                        + " out: {to: 'done', condition: 'data.stop == true'}, default: 'pong'}}",
                "{key: 'pong', name: 'Pong', type: 'condition', transitions: {default: 'ping'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        String id = workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'join-then-spin'}")
                .get("id").asText();

        workflow.call(REQUESTER, "workflow.instance.transition", "{instanceId: '" + id + "', action: 'cleared'}");

        assertThat(workflow.call(REQUESTER, "workflow.instance.get", "{instanceId: '" + id + "'}")
                .get("status").asText()).isEqualTo("failed");
        // split and its branch, then the join's move into 'ping' is the first of 100 automatic moves
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id + "'"))
                .isEqualTo(102);
        assertThat(workflow.count("SELECT COUNT(*) FROM step_execution WHERE workflow_instance_id = '" + id
                + "' AND status = 'failed' AND step_key = 'pong'")).isEqualTo(1);
    }

    @Test
    void theSameLoopLeftBeforeTheLimitCompletes() {
        new Designs(workflow).publish("spinning",
                "{key: 'begin', name: 'Begin', type: 'start', transitions: {next: 'ping'}}",
                "{key: 'ping', name: 'Ping', type: 'condition', transitions: {"
                        + " out: {to: 'done', condition: 'data.stop == true'}, default: 'pong'}}",
                "{key: 'pong', name: 'Pong', type: 'condition', transitions: {default: 'ping'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        ObjectNode done = workflow.call(REQUESTER, "workflow.instance.start",
                "{workflowKey: 'spinning', contextData: {stop: true}}");

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome").asText()).isEqualTo("out");
    }
}
