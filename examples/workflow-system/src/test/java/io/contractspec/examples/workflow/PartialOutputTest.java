package io.contractspec.examples.workflow;

import static io.contractspec.core.Contracts.json;
import static io.contractspec.examples.workflow.instance.InstanceModels.TRANSITION_RESULT;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE_LIST;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartialOutputTest {

    @Test
    void acceptsASubsetThatLeavesOutRequiredFields() {
        assertThat(PartialOutput.issues(WORKFLOW_INSTANCE, json("{id: 'inst-456', status: 'running'}"))).isEmpty();
    }

    @Test
    void rejectsKeysTheModelDoesNotHave() {
        assertThat(PartialOutput.issues(WORKFLOW_INSTANCE, json("{id: 'inst-456', state: 'running'}")))
                .containsExactly("state: is not a field of WorkflowInstance");
    }

    @Test
    void rejectsValuesOfTheWrongShape() {
        assertThat(PartialOutput.issues(WORKFLOW_INSTANCE, json("{status: 'RUNNING', priority: 'high'}")))
                .hasSize(2)
                .anySatisfy(issue -> assertThat(issue).startsWith("status: "))
                .anySatisfy(issue -> assertThat(issue).startsWith("priority: "));
    }

    @Test
    void checksNestedModelsAsSubsetsToo() {
        assertThat(PartialOutput.issues(TRANSITION_RESULT, json("{success: true, instance: {status: 'waiting'}}")))
                .isEmpty();
        assertThat(PartialOutput.issues(TRANSITION_RESULT, json("{instance: {status: 'asleep'}}")))
                .singleElement()
                .satisfies(issue -> assertThat(issue).startsWith("instance.status: "));
    }

    @Test
    void checksEachItemOfAnArrayOfModels() {
        assertThat(PartialOutput.issues(WORKFLOW_INSTANCE_LIST, json("{instances: [{id: 'a'}, {id: 7}], total: 2}")))
                .singleElement()
                .satisfies(issue -> assertThat(issue).startsWith("instances[1].id: "));
        assertThat(PartialOutput.issues(WORKFLOW_INSTANCE_LIST, json("{instances: {id: 'a'}}")))
                .containsExactly("instances: expected an array of WorkflowInstance");
    }
}
