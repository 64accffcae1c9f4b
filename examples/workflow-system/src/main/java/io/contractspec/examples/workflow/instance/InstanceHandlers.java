package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.instance.InstanceErrors.ALREADY_FINISHED;
import static io.contractspec.examples.workflow.instance.InstanceErrors.DEFINITION_NOT_ACTIVE;
import static io.contractspec.examples.workflow.instance.InstanceErrors.DEFINITION_NOT_FOUND;
import static io.contractspec.examples.workflow.instance.InstanceErrors.INSTANCE_NOT_FOUND;
import static io.contractspec.examples.workflow.instance.InstanceErrors.NOT_ACTIVE;
import static io.contractspec.examples.workflow.instance.InstanceErrors.NOT_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_CANCELLED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_PAUSED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_RESUMED;

import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.examples.workflow.definition.DefinitionRow;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.instance.InstanceRecords.CancelInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceIdInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.ListInstancesInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.PauseResumeInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.StartInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.WorkflowInstance;
import io.contractspec.examples.workflow.instance.InstanceRecords.WorkflowInstanceList;
import io.contractspec.examples.workflow.instance.InstanceRepository;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.pagination.CursorCodec;

/** Start, pause, resume, cancel, list and read workflow instances; transitions are in {@link TransitionHandler}. */
final class InstanceHandlers {

    private final Stores stores;
    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final ListPages pages;

    InstanceHandlers(InstanceEngine engine, GraphCache graphs, ListPages pages) {
        this.stores = engine.stores();
        this.engine = engine;
        this.graphs = graphs;
        this.pages = pages;
    }

    WorkflowInstance start(StartInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        Principal principal = context.requirePrincipal();
        String key = input.workflowKey();
        DefinitionRow definition = stores.definitions().findByKey(call.session(), principal.organizationId(), key)
                .orElseThrow(() -> DEFINITION_NOT_FOUND.exception("No workflow '" + key + "' in your organization."));
        if (definition.status() != DefinitionStatus.ACTIVE) {
            throw DEFINITION_NOT_ACTIVE.raise("Workflow '" + key + "' is " + definition.status()
                    + "; only active workflows start.");
        }
        if (definition.featureFlagKey() != null && !context.call().flags().contains(definition.featureFlagKey())) {
            throw new ContractException(StandardCode.FORBIDDEN,
                    "Workflow '" + key + "' is behind the feature flag '" + definition.featureFlagKey() + "'.");
        }
        InstanceRow instance = new InstanceRow(WorkflowIds.next("inst"), principal.organizationId(), definition.id(),
                key, principal.userId(), input.priority(), input.referenceId(), input.referenceType(), input.dueAt(),
                call.now());
        if (input.contextData() != null) {
            instance.contextData(input.contextData());
        }
        context.about(instance.id()); // its events and audit record make up the instance's timeline
        engine.start(call, graphs.of(call.session(), definition.id()), instance);
        return WorkflowInstance.of(instance);
    }

    WorkflowInstance pause(PauseResumeInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        InstanceRow instance = findForAdministration(call, context, input.instanceId());
        if (!instance.status().isActive()) {
            throw NOT_ACTIVE.raise("Only a running or waiting instance can be paused; this one is "
                    + instance.status() + ".");
        }
        instance.statusBeforePause(instance.status()).status(InstanceStatus.PAUSED);
        stores.timers().suspend(call.session(), instance.id(), call.now());
        stores.instances().update(call.session(), instance);
        return emitted(context, INSTANCE_PAUSED, instance);
    }

    WorkflowInstance resume(PauseResumeInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        InstanceRow instance = findForAdministration(call, context, input.instanceId());
        if (instance.status() != InstanceStatus.PAUSED) {
            throw NOT_PAUSED.raise("Only a paused instance can be resumed; this one is " + instance.status() + ".");
        }
        InstanceStatus before = instance.statusBeforePause();
        instance.status(before == null ? InstanceStatus.RUNNING : before).statusBeforePause(null);
        stores.timers().resume(call.session(), instance.id(), call.now());
        stores.instances().update(call.session(), instance);
        return emitted(context, INSTANCE_RESUMED, instance);
    }

    WorkflowInstance cancel(CancelInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        InstanceRow instance = findForAdministration(call, context, input.instanceId());
        if (instance.status().isTerminal()) {
            throw ALREADY_FINISHED.raise("The instance already finished: it is " + instance.status() + ".");
        }
        engine.endings().cancel(call, instance, input.reason());
        return emitted(context, INSTANCE_CANCELLED, instance);
    }

    WorkflowInstance get(InstanceIdInput input, HandlerContext context) {
        return WorkflowInstance.of(find(EngineCall.of(context), context, input.instanceId()));
    }

    WorkflowInstanceList list(ListInstancesInput input, HandlerContext context) {
        InstanceStatus status = input.status();
        InstanceRepository.Filter filter = new InstanceRepository.Filter(input.workflowKey(), status,
                input.referenceType(), input.referenceId(), input.triggeredBy());
        String organization = context.requirePrincipal().organizationId();
        String filters = CursorCodec.fingerprint("workflow.instance.list", organization, filter.workflowKey(),
                status == null ? null : status.wire(), filter.referenceType(), filter.referenceId(), filter.triggeredBy());
        Page<InstanceRow> page = stores.instances().list(EngineCall.of(context).session(), organization, filter,
                input.limit(), input.offset(), pages.after(input.cursor(), input.offset(), filters));
        return new WorkflowInstanceList(page.items().stream().map(WorkflowInstance::of).toList(),
                pages.nextCursor(page, filters, InstanceRepository::position), page.total(), page.capped());
    }

    InstanceRow find(EngineCall call, HandlerContext context, String id) {
        return stores.instances().find(call.session(), context.requirePrincipal().organizationId(), id)
                .orElseThrow(() -> INSTANCE_NOT_FOUND.exception("No workflow instance '" + id + "' in your organization."));
    }

    /** Pause, resume and cancel: the runtime checks {@link InstanceRules#STARTER_OR_ADMIN} on the instance. */
    private InstanceRow findForAdministration(EngineCall call, HandlerContext context, String id) {
        InstanceRow instance = find(call, context, id);
        context.about(instance.id());
        context.authorize(instance);
        return instance;
    }

    /** The instance as it travels, emitted as the payload of {@code event} (the event's model is the instance). */
    private static WorkflowInstance emitted(HandlerContext context, EventSpec event, InstanceRow instance) {
        WorkflowInstance output = WorkflowInstance.of(instance);
        context.emit(event, output);
        return output;
    }
}
