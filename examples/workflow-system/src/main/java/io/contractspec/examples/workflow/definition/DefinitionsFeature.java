package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_CREATED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_PUBLISHED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_UPDATED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.STEP_ADDED;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.CREATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.GET_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.LIST_WORKFLOWS;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.PUBLISH_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.UPDATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.StepOperations.ADD_STEP;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.feature;

import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.examples.workflow.shared.Paging;

/** The designer side of the workflow system. */
public final class DefinitionsFeature {

    public static final FeatureSpec DEFINITIONS = feature("workflow.definitions", Paging.LIST_VERSION)
            .title("Workflow definitions")
            .tags("workflow", "definition")
            .description("Design workflows: create drafts, add steps, publish after graph validation, list and read.")
            .operations(CREATE_WORKFLOW, UPDATE_WORKFLOW, ADD_STEP, PUBLISH_WORKFLOW, LIST_WORKFLOWS, GET_WORKFLOW)
            .events(DEFINITION_CREATED, DEFINITION_UPDATED, STEP_ADDED, DEFINITION_PUBLISHED)
            .build();

    private DefinitionsFeature() {}
}
