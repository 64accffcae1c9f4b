package io.contractspec.examples.workflow;

import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.Spec;
import io.contractspec.examples.workflow.approval.ApprovalEvents;
import io.contractspec.examples.workflow.approval.ApprovalOperations;
import io.contractspec.examples.workflow.approval.ApprovalQueries;
import io.contractspec.examples.workflow.approval.ApprovalsFeature;
import io.contractspec.examples.workflow.definition.DefinitionEvents;
import io.contractspec.examples.workflow.definition.DefinitionOperations;
import io.contractspec.examples.workflow.definition.DefinitionsFeature;
import io.contractspec.examples.workflow.definition.StepOperations;
import io.contractspec.examples.workflow.instance.InstanceEvents;
import io.contractspec.examples.workflow.instance.InstanceOperations;
import io.contractspec.examples.workflow.instance.InstanceQueries;
import io.contractspec.examples.workflow.instance.InstanceTimelineQuery;
import io.contractspec.examples.workflow.instance.InstancesFeature;
import java.util.List;

/**
 * The contracts of the workflow system: 19 operations, 18 events and a feature per area. Listed in
 * {@code META-INF/services} so that tools find them on the classpath.
 */
public final class WorkflowContracts implements ContractModule {

    @Override
    public String name() {
        return "workflow-system";
    }

    @Override
    public List<Spec> specs() {
        return List.of(
                DefinitionsFeature.DEFINITIONS,
                DefinitionOperations.CREATE_WORKFLOW,
                DefinitionOperations.UPDATE_WORKFLOW,
                StepOperations.ADD_STEP,
                DefinitionOperations.PUBLISH_WORKFLOW,
                DefinitionOperations.LIST_WORKFLOWS,
                DefinitionOperations.GET_WORKFLOW,
                DefinitionEvents.DEFINITION_CREATED,
                DefinitionEvents.DEFINITION_UPDATED,
                DefinitionEvents.STEP_ADDED,
                DefinitionEvents.DEFINITION_PUBLISHED,

                InstancesFeature.INSTANCES,
                InstanceOperations.START_INSTANCE,
                InstanceOperations.TRANSITION_INSTANCE,
                InstanceOperations.PAUSE_INSTANCE,
                InstanceOperations.RESUME_INSTANCE,
                InstanceOperations.CANCEL_INSTANCE,
                InstanceQueries.LIST_INSTANCES,
                InstanceQueries.GET_INSTANCE,
                InstanceTimelineQuery.INSTANCE_TIMELINE_QUERY,
                InstanceEvents.INSTANCE_STARTED,
                InstanceEvents.STEP_ENTERED,
                InstanceEvents.STEP_EXITED,
                InstanceEvents.INSTANCE_PAUSED,
                InstanceEvents.INSTANCE_RESUMED,
                InstanceEvents.INSTANCE_CANCELLED,
                InstanceEvents.INSTANCE_COMPLETED,
                InstanceEvents.INSTANCE_FAILED,
                InstanceEvents.INSTANCE_TIMED_OUT,

                ApprovalsFeature.APPROVALS,
                ApprovalOperations.DECIDE_APPROVAL,
                ApprovalOperations.DELEGATE_APPROVAL,
                ApprovalOperations.ADD_APPROVAL_COMMENT,
                ApprovalQueries.LIST_MY_APPROVALS,
                ApprovalQueries.GET_APPROVAL,
                ApprovalEvents.APPROVAL_REQUESTED,
                ApprovalEvents.APPROVAL_DECIDED,
                ApprovalEvents.APPROVAL_DELEGATED,
                ApprovalEvents.APPROVAL_ESCALATED,
                ApprovalEvents.APPROVAL_COMMENT_ADDED);
    }
}
