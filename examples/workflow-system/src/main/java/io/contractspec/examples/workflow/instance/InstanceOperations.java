package io.contractspec.examples.workflow.instance;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.instance.InstanceErrors.ALREADY_FINISHED;
import static io.contractspec.examples.workflow.instance.InstanceErrors.DEFINITION_NOT_ACTIVE;
import static io.contractspec.examples.workflow.instance.InstanceErrors.DEFINITION_NOT_FOUND;
import static io.contractspec.examples.workflow.instance.InstanceErrors.INSTANCE_NOT_FOUND;
import static io.contractspec.examples.workflow.instance.InstanceErrors.LACKS_STEP_ROLES;
import static io.contractspec.examples.workflow.instance.InstanceErrors.NOT_ACTIVE;
import static io.contractspec.examples.workflow.instance.InstanceErrors.NOT_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceErrors.NOT_STARTER_OR_ADMIN;
import static io.contractspec.examples.workflow.instance.InstanceErrors.TRANSITION_NOT_ALLOWED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_CANCELLED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_RESUMED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_STARTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;
import static io.contractspec.examples.workflow.instance.InstanceModels.INSTANCE_ID;
import static io.contractspec.examples.workflow.instance.InstanceModels.TRANSITION_RESULT;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE;
import static io.contractspec.examples.workflow.shared.StorageLimits.LONG_TEXT;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.command;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.shared.StorageLimits;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Running workflows: start an instance, move it along, pause, resume or cancel it. */
public final class InstanceOperations {


    private static final Model START_WORKFLOW_INPUT = Model.builder("StartWorkflowInput")
            .description("Which workflow to start, for what, and with which data.")
            .field(Field.required("workflowKey", NON_EMPTY_STRING).description("The key of an active definition, e.g. expense-approval.").maxLength(SHORT_TEXT))
            .optional("contextData", JSON_OBJECT, "Initial data that steps and conditions read, e.g. {amount: 420}.")
            .field(Field.optional("referenceId", NON_EMPTY_STRING).description("The business record it is about, e.g. an expense id.").maxLength(SHORT_TEXT))
            .field(Field.optional("referenceType", NON_EMPTY_STRING).description("The kind of that record, e.g. expense.").maxLength(SHORT_TEXT))
            .field(Field.optional("priority", INT)
                    .description("0 (lowest) to 100 (highest).")
                    .defaultValue(50)
                    .minimum(0)
                    .maximum(100))
            .field(Field.optional("dueAt", DATE_TIME)
                    .description("When it should be finished; years 1900 to 9998, offsets within ±18:00.")
                    .pattern(StorageLimits.STORED_DATE_TIME))
            .build();

    public static final OperationSpec START_INSTANCE = command("workflow.instance.start")
            .tags("workflow", "instance", "start")
            .description("Start a workflow instance from an active definition.")
            .goal("Run a business process, e.g. get an expense approved.")
            .context("Any user of the organization, or another system through the API.")
            .input(START_WORKFLOW_INPUT)
            .output(WORKFLOW_INSTANCE)
            .successStatus(201)
            .error(DEFINITION_NOT_FOUND)
            .error(DEFINITION_NOT_ACTIVE)
            .emits(INSTANCE_STARTED, "Workflow is started")
            .emits(STEP_ENTERED, "Instance enters its entry step, and each step it advances to by itself")
            .emits(STEP_EXITED, "Instance leaves a step that advances by itself, e.g. the start step")
            .emits(APPROVAL_REQUESTED, "An approval step is entered: one request per approver")
            .emits(INSTANCE_COMPLETED, "Automatic steps lead straight to an end step")
            .emits(INSTANCE_FAILED, "A condition step on the way has no transition that holds and no default")
            .audit("workflow.instance.started")
            .rest(POST, "/workflow/instances")
            .scenario("start-workflow-happy-path", given("Workflow expense-approval is active"),
                    when("Employee starts it for expense exp-1001"),
                    then("Instance status becomes WAITING in step manager-approval", "Each manager gets a request"))
            .example("start-expense-approval",
                    json("{workflowKey: 'expense-approval', referenceType: 'expense', referenceId: 'exp-1001',"
                            + " contextData: {amount: 420, currency: 'CHF'}}"),
                    json("{workflowKey: 'expense-approval', status: 'waiting', currentStepKey: 'manager-approval'}"))
            .exampleError("start-draft-workflow", json("{workflowKey: 'policy-exception'}"), "CONFLICT")
            .exampleError("start-unknown-workflow", json("{workflowKey: 'no-such-workflow'}"), "NOT_FOUND")
            .build();

    private static final Model TRANSITION_INPUT = Model.builder("TransitionInput")
            .description("An action taken on an instance's current step.")
            .field(INSTANCE_ID)
            .field(Field.required("action", NON_EMPTY_STRING).description("One of the current step's transitions, e.g. submit.").maxLength(SHORT_TEXT))
            .optional("data", JSON_OBJECT, "Data merged into the instance's context data.")
            .field(Field.optional("comment", STRING).description("A note recorded with the step execution.").maxLength(LONG_TEXT))
            .build();

    public static final OperationSpec TRANSITION_INSTANCE = command("workflow.instance.transition")
            .tags("workflow", "instance", "transition")
            .description("Take an action on a workflow instance's current step.")
            .goal("Move an instance along its graph, e.g. submit a task.")
            .context("The users who work on the current step; approval steps move through approval decisions.")
            .input(TRANSITION_INPUT)
            .output(TRANSITION_RESULT)
            .error(INSTANCE_NOT_FOUND)
            .error(TRANSITION_NOT_ALLOWED)
            .error(LACKS_STEP_ROLES)
            .emits(STEP_EXITED, "Instance leaves its current step")
            .emits(STEP_ENTERED, "Instance enters the target step, and each step it advances to by itself")
            .emits(APPROVAL_REQUESTED, "An approval step is entered: one request per approver")
            .emits(INSTANCE_COMPLETED, "Instance reaches an end step")
            .emits(INSTANCE_FAILED, "An action step on the way fails with no failure transition")
            .audit("workflow.instance.transitioned")
            .rest(POST, "/workflow/instances/{instanceId}/transition")
            .scenario("transition-workflow-happy-path", given("Instance is running in task step collect-documents"),
                    when("Requester takes action submit"),
                    then("Instance status becomes WAITING in step security-review", "Action data is in the context"))
            .scenario("transition-unknown-action", given("Instance is running in task step collect-documents"),
                    when("Requester takes an action the step does not have"), then("The call fails, nothing changes"))
            .example("transition-submit",
                    json("{instanceId: 'inst-789', action: 'submit', data: {documentsComplete: true},"
                            + " comment: 'All documents attached'}"),
                    json("{success: true, previousStepKey: 'collect-documents', currentStepKey: 'security-review',"
                            + " instance: {id: 'inst-789', status: 'waiting'}}"))
            .exampleError("transition-unknown-action",
                    json("{instanceId: 'inst-789', action: 'teleport'}"), "TRANSITION_NOT_ALLOWED")
            .build();

    /** Declared as in the seed contract: both fields are plain strings. */
    private static final Model PAUSE_RESUME_INPUT = Model.builder("PauseResumeInput")
            .description("The instance to pause or resume, and why.")
            .field(Field.required("instanceId", STRING).description("The workflow instance.").maxLength(SHORT_TEXT))
            .field(Field.optional("reason", STRING).description("Why, for the audit trail.").maxLength(LONG_TEXT))
            .build();

    public static final OperationSpec PAUSE_INSTANCE = command("workflow.instance.pause")
            .tags("workflow", "instance", "pause")
            .description("Pause a running or waiting workflow instance.")
            .goal("Hold workflow execution without losing its state.")
            .context("Administrative action; timers do not fire while the instance is paused.")
            .input(PAUSE_RESUME_INPUT)
            .output(WORKFLOW_INSTANCE)
            .error(INSTANCE_NOT_FOUND)
            .error(NOT_STARTER_OR_ADMIN)
            .error(NOT_ACTIVE)
            .emits(INSTANCE_PAUSED, "Workflow is paused")
            .audit("workflow.instance.paused")
            .rest(POST, "/workflow/instances/{instanceId}/pause")
            .scenario("pause-workflow-happy-path", given("Workflow is running"),
                    when("Admin pauses workflow"), then("Instance status becomes PAUSED"))
            .example("pause-normal", json("{instanceId: 'inst-456', reason: 'Budget under review'}"),
                    json("{id: 'inst-456', status: 'paused'}"))
            .exampleError("pause-completed-instance", json("{instanceId: 'inst-completed'}"), "CONFLICT")
            .build();

    /** The seed contract: every fact of its docs page, verbatim, plus errors and a route. */
    public static final OperationSpec RESUME_INSTANCE = command("workflow.instance.resume")
            .tags("workflow", "instance", "resume")
            .description("Resume a paused workflow instance.")
            .goal("Continue workflow execution.")
            .context("Administrative action.")
            .input(PAUSE_RESUME_INPUT)
            .output(WORKFLOW_INSTANCE)
            .error(INSTANCE_NOT_FOUND)
            .error(NOT_STARTER_OR_ADMIN)
            .error(NOT_PAUSED)
            .emits(INSTANCE_RESUMED, "Workflow is resumed")
            .audit("workflow.instance.resumed")
            .rest(POST, "/workflow/instances/{instanceId}/resume")
            .scenario("resume-workflow-happy-path", given("Workflow is paused"),
                    when("Admin resumes workflow"), then("Instance status becomes RUNNING"))
            .scenario("resume-restores-waiting", given("Workflow was paused while waiting for an approval"),
                    when("Admin resumes workflow"), then("Instance status becomes WAITING"))
            .example("resume-normal", json("{instanceId: 'inst-456', reason: 'Issue resolved'}"),
                    json("{id: 'inst-456', status: 'running'}"))
            .exampleError("resume-unknown-instance", json("{instanceId: 'inst-missing'}"), "NOT_FOUND")
            .build();

    private static final Model CANCEL_WORKFLOW_INPUT = Model.builder("CancelWorkflowInput")
            .description("The instance to cancel, and why.")
            .field(INSTANCE_ID)
            .field(Field.required("reason", NON_EMPTY_STRING).description("Why, for the audit trail; required.").maxLength(LONG_TEXT))
            .build();

    public static final OperationSpec CANCEL_INSTANCE = command("workflow.instance.cancel")
            .tags("workflow", "instance", "cancel")
            .description("Cancel a workflow instance that has not finished.")
            .goal("Stop a process that is no longer needed, e.g. a withdrawn expense.")
            .context("Administrative action; open approval requests are withdrawn.")
            .input(CANCEL_WORKFLOW_INPUT)
            .output(WORKFLOW_INSTANCE)
            .error(INSTANCE_NOT_FOUND)
            .error(NOT_STARTER_OR_ADMIN)
            .error(ALREADY_FINISHED)
            .emits(INSTANCE_CANCELLED, "Workflow is cancelled")
            .audit("workflow.instance.cancelled")
            .rest(POST, "/workflow/instances/{instanceId}/cancel")
            .scenario("cancel-workflow-happy-path", given("Workflow is waiting for an approval"),
                    when("Requester cancels it with a reason"),
                    then("Instance status becomes CANCELLED", "Open approval requests become WITHDRAWN"))
            .example("cancel-with-reason",
                    json("{instanceId: 'inst-456', reason: 'Expense withdrawn by the requester'}"),
                    json("{id: 'inst-456', status: 'cancelled'}"))
            .exampleError("cancel-without-reason", json("{instanceId: 'inst-456'}"), "VALIDATION_FAILED")
            .build();

    private InstanceOperations() {}
}
