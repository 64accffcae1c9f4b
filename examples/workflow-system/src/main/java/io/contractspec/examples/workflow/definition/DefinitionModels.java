package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionEnums.APPROVAL_MODE;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.STEP_TYPE;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.WORKFLOW_STATUS;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.WORKFLOW_TRIGGER_TYPE;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Workflow definitions and their steps, as they travel. */
public final class DefinitionModels {

    /** Workflow and step keys: lower-case words joined by hyphens, e.g. {@code expense-approval}. */
    public static final String KEY_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** What an action step runs; shared by the step model and the add-step input. */
    public static final String ACTION_CONFIG_DESCRIPTION = "Action steps: {operation, version?, input?,"
            + " maxAttempts?, retryDelaySeconds?, resultKey?}; the operation must be allowed for action steps and"
            + " runs as the system on behalf of the definition's publisher, with the publisher's roles.";

    /** The input field naming one definition. */
    public static final Field WORKFLOW_ID = Field.required("workflowId", ID)
            .description("The workflow definition's id.")
            .maxLength(SHORT_TEXT)
            .build();

    public static final Model WORKFLOW_STEP = Model.builder("WorkflowStep")
            .description("One state of a workflow: its type, who acts in it and where each action leads.")
            .required("id", ID, "The step's id.")
            .required("key", NON_EMPTY_STRING, "The step's key, unique within its definition.")
            .required("name", NON_EMPTY_STRING, "Display name.")
            .optional("description", STRING, "What happens in this step.")
            .required("type", STEP_TYPE, "How the step behaves.")
            .field(Field.required("position", INT).description("Order of the step in the definition.").minimum(0))
            .required("transitions", JSON_OBJECT,
                    "Maps each action to a target step key, or to {to, roles?, condition?}.")
            .optional("approvalMode", APPROVAL_MODE, "How approver decisions combine (approval steps).")
            .field(Field.optional("approverRoles", NON_EMPTY_STRING).array()
                    .description("Roles whose holders each get an approval request."))
            .field(Field.optional("approverUserIds", ID).array()
                    .description("Users who each get an approval request."))
            .field(Field.optional("timeoutSeconds", INT)
                    .description("Time in the step before its 'timeout' transition, else the instance times out.")
                    .minimum(1))
            .field(Field.optional("slaSeconds", INT)
                    .description("Time an approval request may stay open before it is escalated.")
                    .minimum(1))
            .optional("actionConfig", JSON_OBJECT, ACTION_CONFIG_DESCRIPTION)
            .build();

    public static final Model WORKFLOW_DEFINITION = Model.builder("WorkflowDefinition")
            .description("A workflow: a graph of steps that instances move through.")
            .required("id", ID, "The definition's id.")
            .required("key", NON_EMPTY_STRING, "The definition's key, unique in its organization.")
            .required("name", NON_EMPTY_STRING, "Display name.")
            .optional("description", STRING, "What the workflow is for.")
            .field(Field.required("version", INT).description("Revision number, 1 when created.").minimum(1))
            .required("status", WORKFLOW_STATUS, "Lifecycle status.")
            .required("triggerType", WORKFLOW_TRIGGER_TYPE, "What starts its instances.")
            .required("organizationId", ID, "The organization that owns it.")
            .optional("initialStepId", ID, "The entry step, once the definition has one.")
            .optional("featureFlagKey", NON_EMPTY_STRING, "A feature flag that must be on to start it.")
            .field(Field.optional("steps", WORKFLOW_STEP).array()
                    .description("The steps in position order; included when one definition is read."))
            .required("createdAt", DATE_TIME, "When it was created.")
            .required("updatedAt", DATE_TIME, "When it last changed.")
            .optional("publishedAt", DATE_TIME, "When it was published.")
            .build();

    public static final Model WORKFLOW_DEFINITION_LIST = Model.builder("WorkflowDefinitionList")
            .description("One page of workflow definitions.")
            .field(Field.required("workflows", WORKFLOW_DEFINITION).array()
                    .description("The definitions on this page, without their steps."))
            .field(Paging.NEXT_CURSOR)
            .field(Paging.TOTAL)
            .field(Paging.TOTAL_CAPPED)
            .build();

    private DefinitionModels() {}
}
