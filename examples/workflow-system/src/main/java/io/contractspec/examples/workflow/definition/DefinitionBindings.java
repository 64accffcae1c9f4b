package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionOperations.CREATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.GET_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.LIST_WORKFLOWS;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.PUBLISH_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.UPDATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.StepOperations.ADD_STEP;

import io.contractspec.examples.workflow.definition.DefinitionRecords.AddStepInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.CreateInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.ListWorkflowsInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.UpdateInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowDefinition;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowDefinitionList;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowIdInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowStep;
import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.runtime.HandlerBindings;

/** Binds the definition operations to their handlers, on records checked against the models now. */
public final class DefinitionBindings {

    private DefinitionBindings() {}

    public static void bind(HandlerBindings.Builder bindings, Stores stores, ActionAuthority actions, ListPages pages) {
        DefinitionHandlers definitions = new DefinitionHandlers(stores, actions, pages);
        StepHandlers steps = new StepHandlers(stores, definitions);
        bindings.bind(CREATE_WORKFLOW, CreateInput.class, WorkflowDefinition.class, definitions::create)
                .bind(UPDATE_WORKFLOW, UpdateInput.class, WorkflowDefinition.class, definitions::update)
                .bind(ADD_STEP, AddStepInput.class, WorkflowStep.class, steps::add)
                .bind(PUBLISH_WORKFLOW, WorkflowIdInput.class, WorkflowDefinition.class, definitions::publish)
                .bind(LIST_WORKFLOWS, ListWorkflowsInput.class, WorkflowDefinitionList.class, definitions::list)
                .bind(GET_WORKFLOW, WorkflowIdInput.class, WorkflowDefinition.class, definitions::get);
    }
}
