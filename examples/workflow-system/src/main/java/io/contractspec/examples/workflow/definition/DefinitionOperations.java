package io.contractspec.examples.workflow.definition;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.core.spec.RestRoute.Method.PATCH;
import static io.contractspec.core.spec.RestRoute.Method.POST;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.WORKFLOW_STATUS;
import static io.contractspec.examples.workflow.definition.DefinitionEnums.WORKFLOW_TRIGGER_TYPE;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.ACTION_NOT_ALLOWED;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.INVALID_GRAPH;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.KEY_TAKEN;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.NOT_A_DRAFT;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.WORKFLOW_NOT_FOUND;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_CREATED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_PUBLISHED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_UPDATED;
import static io.contractspec.examples.workflow.definition.DefinitionModels.KEY_PATTERN;
import static io.contractspec.examples.workflow.definition.DefinitionModels.WORKFLOW_DEFINITION;
import static io.contractspec.examples.workflow.definition.DefinitionModels.WORKFLOW_DEFINITION_LIST;
import static io.contractspec.examples.workflow.definition.DefinitionModels.WORKFLOW_ID;
import static io.contractspec.examples.workflow.shared.StorageLimits.LONG_TEXT;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.ADMIN_ROLE;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.command;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.query;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Designing workflows: create, update, publish, list and read definitions. */
public final class DefinitionOperations {


    private static final Model CREATE_WORKFLOW_INPUT = Model.builder("CreateWorkflowInput")
            .description("A new workflow definition; it starts as a draft without steps.")
            .field(Field.required("name", NON_EMPTY_STRING).description("Display name.").maxLength(SHORT_TEXT))
            .field(Field.required("key", NON_EMPTY_STRING)
                    .description("Key, unique in the organization: lower-case words joined by hyphens.")
                    .pattern(KEY_PATTERN)
                    .maxLength(SHORT_TEXT))
            .field(Field.optional("description", STRING).description("What the workflow is for.").maxLength(LONG_TEXT))
            .field(Field.optional("triggerType", WORKFLOW_TRIGGER_TYPE)
                    .description("What starts its instances.")
                    .defaultValue("manual"))
            .optional("triggerConfig", JSON_OBJECT, "Settings of the trigger, e.g. an event key or a schedule.")
            .field(Field.optional("featureFlagKey", NON_EMPTY_STRING).description("A feature flag that must be on to start it.").maxLength(SHORT_TEXT))
            .optional("settings", JSON_OBJECT, "Free-form settings of the workflow.")
            .build();

    public static final OperationSpec CREATE_WORKFLOW = command("workflow.definition.create")
            .tags("workflow", "definition", "create")
            .description("Create a workflow definition as a draft.")
            .goal("Start designing a new workflow; steps are added before it is published.")
            .context("Workflow administrators, in the workflow designer.")
            .input(CREATE_WORKFLOW_INPUT)
            .output(WORKFLOW_DEFINITION)
            .successStatus(201)
            .error(KEY_TAKEN)
            .policy(auth(USER).anyRole(ADMIN_ROLE))
            .emits(DEFINITION_CREATED, "Definition is created")
            .audit("workflow.definition.created")
            .rest(POST, "/workflow/definitions")
            .scenario("create-workflow-happy-path", given("No definition has the key travel-request"),
                    when("Admin creates workflow travel-request"),
                    then("Definition is a draft at revision 1", "Its creation is announced"))
            .example("create-draft",
                    json("{name: 'Travel Request', key: 'travel-request', triggerType: 'manual'}"),
                    json("{key: 'travel-request', name: 'Travel Request', status: 'draft', version: 1}"))
            .exampleError("create-duplicate-key",
                    json("{name: 'Expense Approval', key: 'expense-approval'}"), "CONFLICT")
            .build();

    private static final Model UPDATE_WORKFLOW_INPUT = Model.builder("UpdateWorkflowInput")
            .description("New settings of a workflow definition; absent fields stay as they are.")
            .field(WORKFLOW_ID)
            .field(Field.optional("name", NON_EMPTY_STRING).description("New display name.").maxLength(SHORT_TEXT))
            .field(Field.optional("description", STRING).description("New description.").maxLength(LONG_TEXT))
            .optional("triggerType", WORKFLOW_TRIGGER_TYPE, "New trigger type.")
            .optional("triggerConfig", JSON_OBJECT, "New trigger settings.")
            .field(Field.optional("featureFlagKey", NON_EMPTY_STRING).description("New feature flag gating starts.").maxLength(SHORT_TEXT))
            .optional("settings", JSON_OBJECT, "New free-form settings.")
            .build();

    public static final OperationSpec UPDATE_WORKFLOW = command("workflow.definition.update")
            .tags("workflow", "definition", "update")
            .description("Update the settings of a workflow definition.")
            .goal("Keep a workflow's name, description, trigger and gating accurate.")
            .context("Workflow administrators, in the workflow designer; the steps are edited separately.")
            .input(UPDATE_WORKFLOW_INPUT)
            .output(WORKFLOW_DEFINITION)
            .error(WORKFLOW_NOT_FOUND)
            .policy(auth(USER).anyRole(ADMIN_ROLE))
            .emits(DEFINITION_UPDATED, "Definition settings change")
            .audit("workflow.definition.updated")
            .rest(PATCH, "/workflow/definitions/{workflowId}")
            .scenario("update-workflow-happy-path", given("Workflow policy-exception exists"),
                    when("Admin renames it"), then("The definition has the new name"))
            .example("update-name",
                    json("{workflowId: 'wf-policy-exception', name: 'Policy Exception Request'}"),
                    json("{id: 'wf-policy-exception', name: 'Policy Exception Request'}"))
            .exampleError("update-unknown-workflow", json("{workflowId: 'wf-missing', name: 'Renamed'}"), "NOT_FOUND")
            .build();

    private static final Model WORKFLOW_ID_INPUT = Model.builder("WorkflowIdInput")
            .description("Names one workflow definition.")
            .field(WORKFLOW_ID)
            .build();

    public static final OperationSpec PUBLISH_WORKFLOW = command("workflow.definition.publish")
            .tags("workflow", "definition", "publish")
            .description("Publish a draft workflow definition after validating its graph.")
            .goal("Make a finished workflow available, so instances can be started from it.")
            .context("Workflow administrators, when the design of a draft is complete.")
            .input(WORKFLOW_ID_INPUT)
            .output(WORKFLOW_DEFINITION)
            .error(INVALID_GRAPH)
            .error(ACTION_NOT_ALLOWED)
            .error(NOT_A_DRAFT)
            .error(WORKFLOW_NOT_FOUND)
            .policy(auth(USER).anyRole(ADMIN_ROLE))
            .emits(DEFINITION_PUBLISHED, "Definition becomes active")
            .audit("workflow.definition.published")
            .rest(POST, "/workflow/definitions/{workflowId}/publish")
            .scenario("publish-workflow-happy-path", given("A draft whose graph is valid"),
                    when("Admin publishes it"), then("The definition is active", "Instances can be started from it"))
            .scenario("publish-invalid-graph", given("A draft without an end step"),
                    when("Admin publishes it"), then("Publishing fails with INVALID_GRAPH", "The draft is unchanged"))
            .example("publish-valid-draft", json("{workflowId: 'wf-policy-exception'}"),
                    json("{id: 'wf-policy-exception', status: 'active'}"))
            .exampleError("publish-empty-draft", json("{workflowId: 'wf-empty-draft'}"), "INVALID_GRAPH")
            .build();

    private static final Model LIST_WORKFLOWS_INPUT = Model.builder("ListWorkflowsInput")
            .description("Filters and page of a workflow definition listing.")
            .optional("status", WORKFLOW_STATUS, "Only definitions with this status.")
            .field(Field.optional("search", NON_EMPTY_STRING).description("Only definitions whose name or key contains this text.").maxLength(SHORT_TEXT))
            .field(Paging.LIMIT)
            .field(Paging.CURSOR)
            .field(Paging.OFFSET)
            .build();

    public static final OperationSpec LIST_WORKFLOWS = query("workflow.definition.list", Paging.LIST_VERSION)
            .tags("workflow", "definition", "list")
            .description("List the workflow definitions of the caller's organization.")
            .goal("Find a workflow to edit, publish or start.")
            .context("The workflow catalog and designer; ordered by name.")
            .input(LIST_WORKFLOWS_INPUT)
            .output(WORKFLOW_DEFINITION_LIST)
            .rest(GET, "/workflow/definitions")
            .paginated("cursor", "nextCursor", "limit", "workflows")
            .scenario("list-workflows-by-status", given("Two active definitions and one draft"),
                    when("User lists active definitions"), then("Both active definitions are returned"))
            .example("list-active", json("{status: 'active'}"), json("{total: 2, totalCapped: false}"))
            .build();

    public static final OperationSpec GET_WORKFLOW = query("workflow.definition.get")
            .tags("workflow", "definition", "get")
            .description("Get a workflow definition with its steps.")
            .goal("See a workflow's whole graph: steps, transitions and approvers.")
            .context("The workflow designer and the instance views.")
            .input(WORKFLOW_ID_INPUT)
            .output(WORKFLOW_DEFINITION)
            .error(WORKFLOW_NOT_FOUND)
            .rest(GET, "/workflow/definitions/{workflowId}")
            .scenario("get-workflow-with-steps", given("Workflow expense-approval is active"),
                    when("User reads it"), then("The definition comes with its steps in position order"))
            .example("get-expense-approval", json("{workflowId: 'wf-expense-approval'}"),
                    json("{id: 'wf-expense-approval', key: 'expense-approval', name: 'Expense Approval',"
                            + " status: 'active'}"))
            .exampleError("get-unknown-workflow", json("{workflowId: 'wf-missing'}"), "NOT_FOUND")
            .build();

    private DefinitionOperations() {}
}
