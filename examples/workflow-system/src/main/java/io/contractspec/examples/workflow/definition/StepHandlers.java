package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionErrors.STEP_NOT_ADDED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.STEP_ADDED;

import io.contractspec.examples.workflow.definition.DefinitionRecords.AddStepInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.StepAdded;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowStep;
import io.contractspec.examples.workflow.definition.DefinitionRow;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.shared.StorageLimits;
import io.contractspec.runtime.HandlerContext;
import java.util.List;

/** Adds steps to draft definitions. */
final class StepHandlers {

    private final Stores stores;
    private final DefinitionHandlers definitions;

    StepHandlers(Stores stores, DefinitionHandlers definitions) {
        this.stores = stores;
        this.definitions = definitions;
    }

    WorkflowStep add(AddStepInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        DefinitionRow definition = definitions.find(call, context, input.workflowId());
        if (definition.status() != DefinitionStatus.DRAFT) {
            throw STEP_NOT_ADDED.raise("Steps can only be added to a draft; this workflow is " + definition.status() + ".");
        }
        String key = input.key();
        List<StepRow> existing = stores.steps().ofDefinition(call.session(), definition.id());
        if (existing.stream().anyMatch(step -> step.key().equals(key))) {
            throw STEP_NOT_ADDED.raise("The workflow already has a step '" + key + "'.");
        }
        StepType type = input.type();
        ApprovalMode mode = input.approvalMode() != null ? input.approvalMode()
                : type == StepType.APPROVAL ? ApprovalMode.ANY : null;
        StepRow step = new StepRow(WorkflowIds.next("step"), definition.id(), key, input.name(), input.description(),
                type, input.position() != null ? input.position() : nextPosition(call, definition.id()),
                input.transitions(), mode, listOrEmpty(input.approverRoles()), listOrEmpty(input.approverUserIds()),
                input.timeoutSeconds(), input.slaSeconds(), input.actionConfig());
        stores.steps().insert(call.session(), step);
        context.emit(STEP_ADDED, new StepAdded(definition.organizationId(), call.actorId(), call.now(),
                definition.id(), definition.key(), step.id(), key, type));
        return WorkflowStep.of(step);
    }

    private int nextPosition(EngineCall call, String definitionId) {
        long next = stores.steps().lastOrder(call.session(), definitionId) + 1;
        if (next > StorageLimits.MAX_INT) {
            throw STEP_NOT_ADDED.raise("A step already holds the last position (" + StorageLimits.MAX_INT
                    + "); give this step a position of its own.");
        }
        return (int) next;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
