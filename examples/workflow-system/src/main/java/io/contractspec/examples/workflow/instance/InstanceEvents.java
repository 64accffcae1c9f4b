package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.definition.DefinitionEnums.STEP_TYPE;
import static io.contractspec.examples.workflow.instance.InstanceEnums.STEP_EXECUTION_STATUS;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE;
import static io.contractspec.examples.workflow.shared.EventPayloads.payload;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.event;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.EventSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/**
 * What happens to workflow instances and their step executions.
 *
 * <p>Pause, resume and cancel carry the whole {@code WorkflowInstance} as payload: the seed
 * contract declares it for {@code workflow.instance.resumed}, and its two siblings follow so that
 * consumers of instance state changes read one shape. Who did it, and why, is in the audit trail.
 */
public final class InstanceEvents {

    /** The instance fields every other instance event starts with. */
    private static Model.Builder instancePayload(String name, String description) {
        return payload(name, description)
                .required("instanceId", ID, "The workflow instance.")
                .required("workflowKey", NON_EMPTY_STRING, "The key of its definition.");
    }

    public static final EventSpec INSTANCE_STARTED = event("workflow.instance.started")
            .tags("workflow", "instance")
            .description("A workflow instance was started from an active definition.")
            .payload(instancePayload("WorkflowInstanceStartedPayload", "A new workflow instance.")
                    .required("workflowDefinitionId", ID, "The definition it runs.")
                    .field(Field.required("priority", INT).description("0 (lowest) to 100 (highest).")
                            .minimum(0).maximum(100))
                    .optional("referenceId", NON_EMPTY_STRING, "The business record it is about.")
                    .optional("referenceType", NON_EMPTY_STRING, "The kind of that record.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec INSTANCE_PAUSED = event("workflow.instance.paused")
            .tags("workflow", "instance")
            .description("A workflow instance was paused; its timers stop until it is resumed.")
            .payload(WORKFLOW_INSTANCE)
            .partitionKey("id")
            .build();

    public static final EventSpec INSTANCE_RESUMED = event("workflow.instance.resumed")
            .tags("workflow", "instance")
            .description("A paused workflow instance was resumed in the status it had before the pause.")
            .payload(WORKFLOW_INSTANCE)
            .partitionKey("id")
            .build();

    public static final EventSpec INSTANCE_CANCELLED = event("workflow.instance.cancelled")
            .tags("workflow", "instance")
            .description("A workflow instance was cancelled with a reason; its open approvals are withdrawn.")
            .payload(WORKFLOW_INSTANCE)
            .partitionKey("id")
            .build();

    public static final EventSpec INSTANCE_COMPLETED = event("workflow.instance.completed")
            .tags("workflow", "instance")
            .description("A workflow instance reached an end step.")
            .payload(instancePayload("WorkflowInstanceCompletedPayload", "A finished workflow instance.")
                    .required("outcome", NON_EMPTY_STRING, "The action that led to the end step, e.g. approve.")
                    .optional("resultData", JSON_OBJECT, "Data the workflow produced.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec INSTANCE_FAILED = event("workflow.instance.failed")
            .tags("workflow", "instance")
            .description("A workflow instance failed: an action step failed with no 'failure' transition.")
            .payload(instancePayload("WorkflowInstanceFailedPayload", "A failed workflow instance.")
                    .required("stepKey", NON_EMPTY_STRING, "The step that failed.")
                    .required("errorMessage", STRING, "Why it failed.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec INSTANCE_TIMED_OUT = event("workflow.instance.timed-out")
            .tags("workflow", "instance", "timer")
            .description("A step's timer ran out with no 'timeout' transition; emitted by the engine's timers.")
            .payload(instancePayload("WorkflowInstanceTimedOutPayload", "A workflow instance that timed out.")
                    .required("stepKey", NON_EMPTY_STRING, "The step whose timer ran out.")
                    .field(Field.required("timeoutSeconds", INT).description("The step's timeout.").minimum(1))
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec STEP_ENTERED = event("workflow.step.entered")
            .tags("workflow", "instance", "step")
            .description("A workflow instance entered a step.")
            .payload(instancePayload("WorkflowStepEnteredPayload", "A step execution that began.")
                    .required("stepExecutionId", ID, "The recorded visit to the step.")
                    .required("stepKey", NON_EMPTY_STRING, "The step entered.")
                    .required("stepType", STEP_TYPE, "Its type.")
                    .optional("previousStepKey", NON_EMPTY_STRING, "The step the instance came from.")
                    .build())
            .partitionKey("instanceId")
            .build();

    public static final EventSpec STEP_EXITED = event("workflow.step.exited")
            .tags("workflow", "instance", "step")
            .description("A workflow instance left a step.")
            .payload(instancePayload("WorkflowStepExitedPayload", "A step execution that ended.")
                    .required("stepExecutionId", ID, "The recorded visit to the step.")
                    .required("stepKey", NON_EMPTY_STRING, "The step left.")
                    .optional("action", NON_EMPTY_STRING, "The transition taken, e.g. approve, next or timeout.")
                    .required("status", STEP_EXECUTION_STATUS, "How the visit ended.")
                    .build())
            .partitionKey("instanceId")
            .build();

    private InstanceEvents() {}
}
