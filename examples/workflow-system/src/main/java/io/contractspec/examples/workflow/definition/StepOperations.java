package io.contractspec.examples.workflow.definition;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.APPROVAL_MODE;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.STEP_TYPE;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.STEP_ADDED;
import static io.contractspec.examples.workflow.definition.DefinitionModels.KEY_PATTERN;
import static io.contractspec.examples.workflow.definition.DefinitionModels.WORKFLOW_ID;
import static io.contractspec.examples.workflow.definition.DefinitionModels.WORKFLOW_STEP;
import static io.contractspec.examples.workflow.shared.StorageLimits.LONG_TEXT;
import static io.contractspec.examples.workflow.shared.StorageLimits.MAX_INT;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.ADMIN_ROLE;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.command;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Designing a workflow's graph, one step at a time. */
public final class StepOperations {

    private static final Model ADD_STEP_INPUT = Model.builder("AddStepInput")
            .description("A new step of a draft workflow definition.")
            .field(WORKFLOW_ID)
            .field(Field.required("key", NON_EMPTY_STRING)
                    .description("Key, unique within the definition: lower-case words joined by hyphens.")
                    .pattern(KEY_PATTERN)
                    .maxLength(SHORT_TEXT))
            .field(Field.required("name", NON_EMPTY_STRING).description("Display name.").maxLength(SHORT_TEXT))
            .field(Field.optional("description", STRING).description("What happens in this step.").maxLength(LONG_TEXT))
            .required("type", STEP_TYPE, "How the step behaves.")
            .field(Field.optional("position", INT)
                    .description("Order of the step; after the last step when absent.")
                    .minimum(0)
                    .maximum(MAX_INT))
            .required("transitions", JSON_OBJECT,
                    "Maps each action to a target step key, or to {to, roles?, condition?}; {} for an end step.")
            .optional("approvalMode", APPROVAL_MODE, "How approver decisions combine (approval steps).")
            .field(Field.optional("approverRoles", NON_EMPTY_STRING).array()
                    .description("Roles whose holders each get an approval request.")
                    .maxLength(SHORT_TEXT))
            .field(Field.optional("approverUserIds", ID).array()
                    .description("Users who each get an approval request.")
                    .maxLength(SHORT_TEXT))
            .field(Field.optional("timeoutSeconds", INT)
                    .description("Time in the step before its 'timeout' transition, else the instance times out.")
                    .minimum(1)
                    .maximum(MAX_INT))
            .field(Field.optional("slaSeconds", INT)
                    .description("Time an approval request may stay open before it is escalated.")
                    .minimum(1)
                    .maximum(MAX_INT))
            .optional("actionConfig", JSON_OBJECT, DefinitionModels.ACTION_CONFIG_DESCRIPTION)
            .build();

    public static final OperationSpec ADD_STEP = command("workflow.step.add")
            .tags("workflow", "step", "add")
            .description("Add a step to a draft workflow definition.")
            .goal("Build a workflow's graph: its states, who acts in them and where each action leads.")
            .context("Workflow administrators, in the workflow designer, before publishing.")
            .input(ADD_STEP_INPUT)
            .output(WORKFLOW_STEP)
            .successStatus(201)
            .error(DefinitionErrors.WORKFLOW_NOT_FOUND)
            .error(DefinitionErrors.STEP_NOT_ADDED)
            .policy(auth(USER).anyRole(ADMIN_ROLE))
            .emits(STEP_ADDED, "Step is added")
            .audit("workflow.step.added")
            .rest(POST, "/workflow/definitions/{workflowId}/steps")
            .scenario("add-step-happy-path", given("Workflow policy-exception is a draft"),
                    when("Admin adds an approval step for role manager"),
                    then("The step belongs to the definition", "Publishing will validate its transitions"))
            .scenario("add-step-to-active-workflow", given("Workflow expense-approval is active"),
                    when("Admin adds a step"), then("The call fails with CONFLICT"))
            .example("add-approval-step",
                    json("""
                            {workflowId: 'wf-policy-exception', key: 'manager-review', name: 'Manager review',
                             type: 'approval', approvalMode: 'any', approverRoles: ['manager'],
                             transitions: {approve: 'approved', reject: 'rejected'}, slaSeconds: 86400}"""),
                    json("{key: 'manager-review', type: 'approval', approvalMode: 'any'}"))
            .exampleError("add-step-to-active-workflow",
                    json("{workflowId: 'wf-expense-approval', key: 'extra', name: 'Extra', type: 'task',"
                            + " transitions: {done: 'approved'}}"),
                    "CONFLICT")
            .build();

    private StepOperations() {}
}
