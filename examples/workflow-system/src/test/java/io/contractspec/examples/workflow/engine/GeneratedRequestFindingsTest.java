package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.result.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schema-valid input that was a 500 until the generated-request test (issue 11) found it. */
class GeneratedRequestFindingsTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    @Test
    void publishingAnActionStepWithoutActionConfigIsAnInvalidGraph() {
        String draft = designs.draft("no-config",
                "{key: 'act', name: 'Act', type: 'action', transitions: {success: 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        Problem problem = workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + draft + "'}");

        assertThat(problem.code()).isEqualTo("INVALID_GRAPH");
        assertThat(problem.detail().orElseThrow()).contains("needs actionConfig.operation");
    }

    @Test
    void aStepAfterOneAtTheLastPositionNeedsAPositionOfItsOwn() {
        String draft = designs.draft("crowded",
                "{key: 'last', name: 'Last', type: 'end', transitions: {}, position: 2147483647}");

        Problem problem = workflow.fail(ADMIN, "workflow.step.add",
                "{workflowId: '" + draft + "', key: 'next', name: 'Next', type: 'end', transitions: {}}");

        assertThat(problem.code()).isEqualTo("CONFLICT");
        assertThat(problem.detail().orElseThrow()).contains("give this step a position");
    }

    @Test
    void anActionOfMoreThan255CharactersIsAnInvalidGraph() {
        String draft = designs.draft("long-action",
                "{key: 'task', name: 'Task', type: 'task', transitions: {" + "a".repeat(256) + ": 'done'}}",
                "{key: 'done', name: 'Done', type: 'end', transitions: {}}");

        assertThat(workflow.fail(ADMIN, "workflow.definition.publish", "{workflowId: '" + draft + "'}").code())
                .isEqualTo("INVALID_GRAPH");
    }
}
