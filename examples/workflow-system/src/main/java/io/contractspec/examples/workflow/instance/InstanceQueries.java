package io.contractspec.examples.workflow.instance;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.examples.workflow.instance.InstanceEnums.INSTANCE_STATUS;
import static io.contractspec.examples.workflow.instance.InstanceModels.INSTANCE_ID;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceModels.WORKFLOW_INSTANCE_LIST;
import static io.contractspec.examples.workflow.shared.StorageLimits.SHORT_TEXT;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.query;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/** Finding and reading workflow instances. */
public final class InstanceQueries {

    private static final Model LIST_INSTANCES_INPUT = Model.builder("ListInstancesInput")
            .description("Filters and page of a workflow instance listing; filters combine with AND.")
            .field(Field.optional("workflowKey", NON_EMPTY_STRING).description("Only instances of this definition.").maxLength(SHORT_TEXT))
            .optional("status", INSTANCE_STATUS, "Only instances in this status.")
            .field(Field.optional("referenceType", NON_EMPTY_STRING).description("Only instances about this kind of record.").maxLength(SHORT_TEXT))
            .field(Field.optional("referenceId", NON_EMPTY_STRING).description("Only instances about this record.").maxLength(SHORT_TEXT))
            .field(Field.optional("triggeredBy", ID).description("Only instances this user started.").maxLength(SHORT_TEXT))
            .field(Paging.LIMIT)
            .field(Paging.CURSOR)
            .field(Paging.OFFSET)
            .build();

    public static final OperationSpec LIST_INSTANCES = query("workflow.instance.list", Paging.LIST_VERSION)
            .tags("workflow", "instance", "list")
            .description("List the workflow instances of the caller's organization.")
            .goal("Track running processes, e.g. every expense approval still waiting.")
            .context("Dashboards and the pages of the records that workflows are about; newest first.")
            .input(LIST_INSTANCES_INPUT)
            .output(WORKFLOW_INSTANCE_LIST)
            .rest(GET, "/workflow/instances")
            .paginated("cursor", "nextCursor", "limit", "instances")
            .scenario("list-instances-by-status", given("One expense approval waits, another is completed"),
                    when("User lists waiting expense approvals"), then("Only the waiting one is returned"))
            .example("list-waiting-expenses", json("{workflowKey: 'expense-approval', status: 'waiting'}"),
                    json("{total: 1, totalCapped: false}"))
            .build();

    private static final Model INSTANCE_ID_INPUT = Model.builder("InstanceIdInput")
            .description("Names one workflow instance.")
            .field(INSTANCE_ID)
            .build();

    public static final OperationSpec GET_INSTANCE = query("workflow.instance.get")
            .tags("workflow", "instance", "get")
            .description("Get a workflow instance.")
            .goal("See where a process stands: its status, current step and data.")
            .context("The instance page; another organization's instance is not found, never visible.")
            .input(INSTANCE_ID_INPUT)
            .output(WORKFLOW_INSTANCE)
            .error(InstanceErrors.INSTANCE_NOT_FOUND)
            .rest(GET, "/workflow/instances/{instanceId}")
            .scenario("get-instance-happy-path", given("Instance inst-456 is running"),
                    when("User reads it"), then("Its status and current step are returned"))
            .example("get-instance", json("{instanceId: 'inst-456'}"),
                    json("{id: 'inst-456', workflowKey: 'expense-approval', status: 'running'}"))
            .exampleError("get-other-organization-instance", json("{instanceId: 'inst-other-org'}"), "NOT_FOUND")
            .build();

    private InstanceQueries() {}
}
