package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.definition.DefinitionEvents.STEP_ADDED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.EngineEvents;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.shared.StorageLimits;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.StepRow;
import io.contractspec.runtime.HandlerContext;
import java.util.ArrayList;
import java.util.List;

/** Adds steps to draft definitions; the graph is only checked as a whole, when it is published. */
final class StepHandlers {

    private final Stores stores;
    private final DefinitionHandlers definitions;

    StepHandlers(Stores stores, DefinitionHandlers definitions) {
        this.stores = stores;
        this.definitions = definitions;
    }

    private int nextPosition(EngineCall call, String definitionId) {
        long next = stores.steps().lastOrder(call.connection(), definitionId) + 1;
        if (next > StorageLimits.MAX_INT) {
            throw Access.conflict("A step already holds the last position (" + StorageLimits.MAX_INT
                    + "); give this step a position of its own.");
        }
        return (int) next;
    }

    JsonNode add(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        DefinitionRow definition = definitions.find(call, context, input.get("workflowId").asText());
        if (definition.status() != DefinitionStatus.DRAFT) {
            throw Access.conflict("Steps can only be added to a draft; this workflow is " + definition.status() + ".");
        }
        String key = input.get("key").asText();
        List<StepRow> existing = stores.steps().ofDefinition(call.connection(), definition.id());
        if (existing.stream().anyMatch(step -> step.key().equals(key))) {
            throw Access.conflict("The workflow already has a step '" + key + "'.");
        }
        StepType type = StepType.of(input.get("type").asText());
        String mode = Wire.text(input, "approvalMode");
        StepRow step = new StepRow(WorkflowIds.next("step"), definition.id(), key, input.get("name").asText(),
                Wire.text(input, "description"), type,
                input.has("position") ? input.get("position").asInt() : nextPosition(call, definition.id()),
                (ObjectNode) input.get("transitions"),
                mode != null ? ApprovalMode.of(mode) : type == StepType.APPROVAL ? ApprovalMode.ANY : null,
                strings(input.get("approverRoles")), strings(input.get("approverUserIds")),
                input.has("timeoutSeconds") ? input.get("timeoutSeconds").asInt() : null,
                input.has("slaSeconds") ? input.get("slaSeconds").asInt() : null,
                input.get("actionConfig"));
        stores.steps().insert(call.connection(), step);
        context.emit(STEP_ADDED, EngineEvents.base(call, definition.organizationId())
                .put("workflowId", definition.id()).put("workflowKey", definition.key())
                .put("stepId", step.id()).put("stepKey", key).put("stepType", type.wire()));
        return Wire.step(step);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
