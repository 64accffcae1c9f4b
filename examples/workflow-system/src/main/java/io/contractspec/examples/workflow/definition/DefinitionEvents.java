package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionEnums.STEP_TYPE;
import static io.contractspec.examples.workflow.shared.EventPayloads.payload;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.event;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.schema.Field;

/** What happens to workflow definitions. */
public final class DefinitionEvents {

    public static final EventSpec DEFINITION_CREATED = event("workflow.definition.created")
            .tags("workflow", "definition")
            .description("A workflow definition was created as a draft, revision 1.")
            .payload(payload("WorkflowDefinitionCreatedPayload", "A new draft workflow definition.")
                    .required("workflowId", ID, "The new definition.")
                    .required("workflowKey", NON_EMPTY_STRING, "Its key.")
                    .required("name", NON_EMPTY_STRING, "Its display name.")
                    .build())
            .partitionKey("workflowId")
            .build();

    public static final EventSpec DEFINITION_UPDATED = event("workflow.definition.updated")
            .tags("workflow", "definition")
            .description("The settings of a workflow definition changed.")
            .payload(payload("WorkflowDefinitionUpdatedPayload", "Which settings of a definition changed.")
                    .required("workflowId", ID, "The definition.")
                    .required("workflowKey", NON_EMPTY_STRING, "Its key.")
                    .field(Field.required("changedFields", NON_EMPTY_STRING).array()
                            .description("Names of the input fields that changed, e.g. name."))
                    .build())
            .partitionKey("workflowId")
            .build();

    public static final EventSpec DEFINITION_PUBLISHED = event("workflow.definition.published")
            .tags("workflow", "definition")
            .description("A draft passed graph validation and became active; instances can now start.")
            .payload(payload("WorkflowDefinitionPublishedPayload", "A definition that became active.")
                    .required("workflowId", ID, "The definition.")
                    .required("workflowKey", NON_EMPTY_STRING, "Its key.")
                    .field(Field.required("version", INT).description("The published revision.").minimum(1))
                    .field(Field.required("stepCount", INT).description("Number of steps in the graph.").minimum(1))
                    .build())
            .partitionKey("workflowId")
            .build();

    public static final EventSpec STEP_ADDED = event("workflow.step.added")
            .tags("workflow", "definition", "step")
            .description("A step was added to a draft workflow definition.")
            .payload(payload("WorkflowStepAddedPayload", "A step added to a draft definition.")
                    .required("workflowId", ID, "The definition.")
                    .required("workflowKey", NON_EMPTY_STRING, "Its key.")
                    .required("stepId", ID, "The new step.")
                    .required("stepKey", NON_EMPTY_STRING, "Its key.")
                    .required("stepType", STEP_TYPE, "Its type.")
                    .build())
            .partitionKey("workflowId")
            .build();

    private DefinitionEvents() {}
}
