package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.Contracts;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lookups the engine reads a published graph with: steps by id, whether any step can hold a
 * timer, and which transition a step follows by itself; and the one transition shape the publish
 * tests do not reach, roles that are not an array.
 */
class GraphLookupsTest {

    private static StepRow step(String id, String key, StepType type, String transitions, Integer timeoutSeconds,
            Integer slaSeconds) {
        return new StepRow(id, "def-1", key, key, null, type, 0, (ObjectNode) Contracts.json(transitions), null,
                List.of(), List.of(), timeoutSeconds, slaSeconds, null);
    }

    private static StepRow step(String id, String key, StepType type, String transitions) {
        return step(id, key, type, transitions, null, null);
    }

    private static Transitions parse(String json, List<String> problems) {
        return Transitions.parse("s", StepType.TASK, (ObjectNode) Contracts.json(json), problems);
    }

    @Test
    void stepByIdFindsTheStepWithThatIdAndNoOther() {
        WorkflowGraph graph = new WorkflowGraph(List.of(step("st-1", "begin", StepType.START, "{next: 'done'}"),
                step("st-2", "done", StepType.END, "{}")));

        assertThat(graph.stepById("st-2")).map(StepRow::key).contains("done");
        assertThat(graph.stepById("st-1")).map(StepRow::key).contains("begin");
        assertThat(graph.stepById("done")).as("a key is no id").isEmpty();
    }

    @Test
    void aGraphHasTimersWhenAnyStepHasATimeoutAnSlaOrIsAnAction() {
        StepRow begin = step("st-1", "begin", StepType.START, "{next: 'done'}");
        StepRow done = step("st-2", "done", StepType.END, "{}");
        assertThat(new WorkflowGraph(List.of(begin, done)).hasTimers()).isFalse();
        assertThat(new WorkflowGraph(List.of(begin, step("st-3", "work", StepType.TASK, "{done: 'done'}", 60, null),
                done)).hasTimers()).isTrue();
        assertThat(new WorkflowGraph(List.of(begin, step("st-3", "ask", StepType.APPROVAL,
                "{approve: 'done', reject: 'done'}", null, 3600), done)).hasTimers()).isTrue();
        assertThat(new WorkflowGraph(List.of(begin, step("st-3", "run", StepType.ACTION, "{success: 'done'}"), done))
                .hasTimers()).isTrue();
    }

    @Test
    void automaticPrefersTheNamedActionsInOrderAndWithoutNamesTakesTheOnlyTransition() {
        List<String> problems = new ArrayList<>();
        Transitions two = parse("{next: 'a', timeout: 'b'}", problems);
        Transitions one = parse("{go: 'a'}", problems);

        assertThat(two.automatic(Transitions.TIMEOUT, Transitions.NEXT)).map(Transition::to).contains("b");
        assertThat(two.automatic(Transitions.NEXT, Transitions.TIMEOUT)).map(Transition::to).contains("a");
        assertThat(two.automatic()).as("two transitions and no preference").isEmpty();
        assertThat(one.automatic()).map(Transition::to).contains("a");
        assertThat(problems).isEmpty();
    }

    @Test
    void rolesThatAreNotAnArrayAreAProblemAndGrantNoRoles() {
        List<String> problems = new ArrayList<>();

        Transitions transitions = parse("{escalate: {to: 'director', roles: 'manager'},"
                + " approve: {to: 'done', roles: ['manager', 'finance']}, close: {to: 'done', roles: null}}", problems);

        assertThat(problems).containsExactly("step 's': the roles of transition 'escalate' must be an array");
        assertThat(transitions.get("escalate").orElseThrow().roles()).isEmpty();
        assertThat(transitions.get("approve").orElseThrow().roles()).containsExactly("manager", "finance");
        assertThat(transitions.get("close").orElseThrow().roles()).isEmpty();
    }
}
