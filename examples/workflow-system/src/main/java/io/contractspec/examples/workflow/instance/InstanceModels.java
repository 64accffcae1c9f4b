package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.instance.InstanceEnums.INSTANCE_STATUS;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Workflow instances, as they travel. */
public final class InstanceModels {

    /** The input field naming one instance. */
    public static final Field INSTANCE_ID = Field.required("instanceId", ID)
            .description("The workflow instance's id.")
            .maxLength(SHORT_TEXT)
            .build();

    public static final Model WORKFLOW_INSTANCE = Model.builder("WorkflowInstance")
            .description("One run of a workflow definition, e.g. the approval of one expense.")
            .required("id", ID, "The instance's id.")
            .required("workflowDefinitionId", ID, "The definition it runs.")
            .required("workflowKey", NON_EMPTY_STRING, "That definition's key.")
            .required("status", INSTANCE_STATUS, "Where the instance is in its life.")
            .optional("currentStepId", ID, "The step it is in, while it is not finished.")
            .optional("currentStepKey", NON_EMPTY_STRING, "That step's key.")
            .required("triggeredBy", ID, "The user (or system) that started it.")
            .required("organizationId", ID, "The organization that owns it.")
            .field(Field.required("priority", INT).description("0 (lowest) to 100 (highest).").minimum(0).maximum(100))
            .optional("referenceId", NON_EMPTY_STRING, "The business record it is about, e.g. an expense id.")
            .optional("referenceType", NON_EMPTY_STRING, "The kind of that record, e.g. expense.")
            .optional("contextData", JSON_OBJECT, "Data steps and conditions read; merged with each action's data.")
            .optional("dueAt", DATE_TIME, "When it should be finished.")
            .optional("outcome", NON_EMPTY_STRING, "The action that led to the end step, once completed.")
            .optional("resultData", JSON_OBJECT, "Data the workflow produced, once completed.")
            .optional("errorMessage", STRING, "Why it failed, once failed.")
            .required("createdAt", DATE_TIME, "When it was created.")
            .optional("startedAt", DATE_TIME, "When it entered its entry step.")
            .optional("completedAt", DATE_TIME, "When it finished: completed, cancelled, failed or timed out.")
            .build();

    public static final Model TRANSITION_RESULT = Model.builder("TransitionResult")
            .description("The outcome of taking an action on an instance.")
            .required("success", BOOLEAN, "Whether the instance moved.")
            .required("instance", WORKFLOW_INSTANCE, "The instance after the transition.")
            .optional("previousStepKey", NON_EMPTY_STRING, "The step it left.")
            .optional("currentStepKey", NON_EMPTY_STRING, "The step it is in now, unless it finished.")
            .optional("message", STRING, "A human-readable summary, e.g. 'Waiting for approval'.")
            .build();

    public static final Model WORKFLOW_INSTANCE_LIST = Model.builder("WorkflowInstanceList")
            .description("One page of workflow instances.")
            .field(Field.required("instances", WORKFLOW_INSTANCE).array().description("The instances on this page."))
            .field(Paging.NEXT_CURSOR)
            .field(Paging.TOTAL)
            .field(Paging.TOTAL_CAPPED)
            .build();

    private InstanceModels() {}
}
