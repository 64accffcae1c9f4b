package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_CANCELLED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_RESUMED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.DefinitionStatus;
import io.contractspec.examples.workflow.store.InstanceRepository;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.InstanceStatus;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import java.time.OffsetDateTime;

/** Start, pause, resume, cancel, list and read workflow instances; transitions are in {@link TransitionHandler}. */
final class InstanceHandlers {

    private final Stores stores;
    private final InstanceEngine engine;
    private final GraphCache graphs;

    InstanceHandlers(InstanceEngine engine, GraphCache graphs) {
        this.stores = engine.stores();
        this.engine = engine;
        this.graphs = graphs;
    }

    JsonNode start(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        Principal principal = context.requirePrincipal();
        String key = input.get("workflowKey").asText();
        DefinitionRow definition = stores.definitions().findByKey(call.connection(), principal.organizationId(), key)
                .orElseThrow(() -> new ContractException(StandardCode.NOT_FOUND,
                        "No workflow '" + key + "' in your organization."));
        if (definition.status() != DefinitionStatus.ACTIVE) {
            throw Access.conflict("Workflow '" + key + "' is " + definition.status() + "; only active workflows start.");
        }
        if (definition.featureFlagKey() != null && !context.call().flags().contains(definition.featureFlagKey())) {
            throw new ContractException(StandardCode.FORBIDDEN,
                    "Workflow '" + key + "' is behind the feature flag '" + definition.featureFlagKey() + "'.");
        }
        String dueAt = Wire.text(input, "dueAt");
        InstanceRow instance = new InstanceRow(WorkflowIds.next("inst"), principal.organizationId(), definition.id(),
                key, principal.userId(), input.path("priority").asInt(50), Wire.text(input, "referenceId"),
                Wire.text(input, "referenceType"), dueAt == null ? null : OffsetDateTime.parse(dueAt).toInstant(),
                call.now());
        if (input.get("contextData") instanceof ObjectNode data) {
            instance.contextData(data.deepCopy());
        }
        context.about(instance.id()); // its events and audit record make up the instance's timeline
        engine.start(call, graphs.of(call.connection(), definition.id()), instance);
        return Wire.instance(instance);
    }

    JsonNode pause(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        InstanceRow instance = findForAdministration(call, context, input);
        if (!instance.status().isActive()) {
            throw Access.conflict("Only a running or waiting instance can be paused; this one is "
                    + instance.status() + ".");
        }
        instance.statusBeforePause(instance.status()).status(InstanceStatus.PAUSED);
        stores.timers().suspend(call.connection(), instance.id(), call.now());
        stores.instances().update(call.connection(), instance);
        ObjectNode output = Wire.instance(instance);
        context.emit(INSTANCE_PAUSED, output);
        return output;
    }

    JsonNode resume(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        InstanceRow instance = findForAdministration(call, context, input);
        if (instance.status() != InstanceStatus.PAUSED) {
            throw Access.conflict("Only a paused instance can be resumed; this one is " + instance.status() + ".");
        }
        InstanceStatus before = instance.statusBeforePause();
        instance.status(before == null ? InstanceStatus.RUNNING : before).statusBeforePause(null);
        stores.timers().resume(call.connection(), instance.id(), call.now());
        stores.instances().update(call.connection(), instance);
        ObjectNode output = Wire.instance(instance);
        context.emit(INSTANCE_RESUMED, output);
        return output;
    }

    JsonNode cancel(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        InstanceRow instance = findForAdministration(call, context, input);
        if (instance.status().isTerminal()) {
            throw Access.conflict("The instance already finished: it is " + instance.status() + ".");
        }
        engine.endings().cancel(call, instance, input.get("reason").asText());
        ObjectNode output = Wire.instance(instance);
        context.emit(INSTANCE_CANCELLED, output);
        return output;
    }

    JsonNode get(JsonNode input, HandlerContext context) {
        return Wire.instance(find(Access.call(context), context, input.get("instanceId").asText()));
    }

    InstanceRow find(EngineCall call, HandlerContext context, String id) {
        return stores.instances().find(call.connection(), Access.organization(context), id)
                .orElseThrow(() -> Access.notFound("workflow instance", id));
    }

    private InstanceRow findForAdministration(EngineCall call, HandlerContext context, JsonNode input) {
        InstanceRow instance = find(call, context, input.get("instanceId").asText());
        Access.requireStarterOrAdmin(context.requirePrincipal(), instance);
        context.about(instance.id());
        return instance;
    }
}
