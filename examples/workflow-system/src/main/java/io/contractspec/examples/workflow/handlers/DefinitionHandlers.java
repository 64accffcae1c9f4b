package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_CREATED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_PUBLISHED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_UPDATED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.EngineEvents;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowGraph;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.examples.workflow.store.StepRow;
import io.contractspec.runtime.HandlerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Create, update, publish, list and read workflow definitions. */
final class DefinitionHandlers {

    private final Stores stores;
    private final ActionAuthority actions;

    DefinitionHandlers(Stores stores, ActionAuthority actions) {
        this.stores = stores;
        this.actions = actions;
    }

    JsonNode create(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        String organization = Access.organization(context);
        String key = input.get("key").asText();
        if (stores.definitions().keyExists(call.connection(), organization, key)) {
            throw Access.conflict("A workflow with the key '" + key + "' already exists in your organization.");
        }
        DefinitionRow row = new DefinitionRow(WorkflowIds.next("wf"), organization, key, input.get("name").asText(),
                Wire.text(input, "description"), 1, DefinitionStatus.DRAFT,
                input.path("triggerType").asText("manual"), input.get("triggerConfig"), Wire.text(input, "featureFlagKey"),
                input.get("settings"), null, call.now(), call.now(), null, 0);
        stores.definitions().insert(call.connection(), row);
        context.emit(DEFINITION_CREATED, EngineEvents.base(call, organization)
                .put("workflowId", row.id()).put("workflowKey", key).put("name", row.name()));
        return Wire.definition(row, List.of());
    }

    JsonNode update(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        DefinitionRow current = find(call, context, input.get("workflowId").asText());
        List<String> changed = new ArrayList<>();
        String name = changed(input, "name", current.name(), changed);
        String description = changed(input, "description", current.description(), changed);
        String triggerType = changed(input, "triggerType", current.triggerType(), changed);
        String flag = changed(input, "featureFlagKey", current.featureFlagKey(), changed);
        JsonNode triggerConfig = changedJson(input, "triggerConfig", current.triggerConfig(), changed);
        JsonNode settings = changedJson(input, "settings", current.settings(), changed);
        DefinitionRow saved = changed.isEmpty() ? current : stores.definitions().update(call.connection(),
                current.withSettings(name, description, triggerType, triggerConfig, flag, settings, call.now()));
        ObjectNode payload = EngineEvents.base(call, current.organizationId())
                .put("workflowId", current.id()).put("workflowKey", current.key());
        ArrayNode fields = payload.putArray("changedFields");
        changed.forEach(fields::add);
        context.emit(DEFINITION_UPDATED, payload);
        return Wire.definition(saved, null);
    }

    JsonNode publish(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        DefinitionRow current = find(call, context, input.get("workflowId").asText());
        if (current.status() != DefinitionStatus.DRAFT) {
            throw Access.conflict("Only a draft can be published; this workflow is " + current.status() + ".");
        }
        List<StepRow> steps = stores.steps().ofDefinition(call.connection(), current.id());
        WorkflowGraph graph = new WorkflowGraph(steps);
        List<String> problems = graph.problems();
        if (!problems.isEmpty()) {
            StringBuilder detail = new StringBuilder("The graph has " + problems.size() + " problem(s):");
            for (int i = 0; i < problems.size(); i++) {
                detail.append(' ').append(i + 1).append(") ").append(problems.get(i)).append(';');
            }
            throw new ContractException("INVALID_GRAPH", detail.substring(0, detail.length() - 1) + ".");
        }
        List<String> refused = actions.problems(steps, context.requirePrincipal());
        if (!refused.isEmpty()) {
            throw new ContractException(ActionAuthority.NOT_ALLOWED, String.join("; ", refused) + ".");
        }
        stores.definitions().recordPublisher(call.connection(), current.id(), call.actorId(),
                context.requirePrincipal().roles());
        DefinitionRow published = stores.definitions().update(call.connection(),
                current.published(graph.entry().orElseThrow().id(), call.now()));
        context.emit(DEFINITION_PUBLISHED, EngineEvents.base(call, current.organizationId())
                .put("workflowId", current.id()).put("workflowKey", current.key())
                .put("version", published.revision()).put("stepCount", steps.size()));
        return Wire.definition(published, steps);
    }

    JsonNode get(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        DefinitionRow row = find(call, context, input.get("workflowId").asText());
        return Wire.definition(row, stores.steps().ofDefinition(call.connection(), row.id()));
    }

    DefinitionRow find(EngineCall call, HandlerContext context, String id) {
        return stores.definitions().find(call.connection(), Access.organization(context), id)
                .orElseThrow(() -> Access.notFound("workflow definition", id));
    }

    private static String changed(JsonNode input, String field, String current, List<String> changed) {
        if (!input.has(field)) {
            return current;
        }
        String value = Wire.text(input, field);
        if (!Objects.equals(value, current)) {
            changed.add(field);
        }
        return value;
    }

    private static JsonNode changedJson(JsonNode input, String field, JsonNode current, List<String> changed) {
        if (!input.has(field)) {
            return current;
        }
        JsonNode value = input.get(field).isNull() ? null : input.get(field);
        if (!Objects.equals(value, current)) {
            changed.add(field);
        }
        return value;
    }
}
