package io.contractspec.examples.workflow.definition;

import static io.contractspec.examples.workflow.definition.DefinitionErrors.ACTION_NOT_ALLOWED;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.INVALID_GRAPH;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.KEY_TAKEN;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.NOT_A_DRAFT;
import static io.contractspec.examples.workflow.definition.DefinitionErrors.WORKFLOW_NOT_FOUND;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_CREATED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_PUBLISHED;
import static io.contractspec.examples.workflow.definition.DefinitionEvents.DEFINITION_UPDATED;

import io.contractspec.examples.workflow.definition.DefinitionRecords.CreateInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.DefinitionCreated;
import io.contractspec.examples.workflow.definition.DefinitionRecords.DefinitionPublished;
import io.contractspec.examples.workflow.definition.DefinitionRecords.DefinitionUpdated;
import io.contractspec.examples.workflow.definition.DefinitionRecords.ListWorkflowsInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.UpdateInput;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowDefinition;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowDefinitionList;
import io.contractspec.examples.workflow.definition.DefinitionRecords.WorkflowIdInput;
import io.contractspec.examples.workflow.definition.DefinitionRepository;
import io.contractspec.examples.workflow.definition.DefinitionRow;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.WorkflowGraph;
import io.contractspec.examples.workflow.engine.WorkflowIds;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.pagination.CursorCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Create, update, publish, list and read workflow definitions. */
final class DefinitionHandlers {

    private final Stores stores;
    private final ActionAuthority actions;
    private final ListPages pages;

    DefinitionHandlers(Stores stores, ActionAuthority actions, ListPages pages) {
        this.stores = stores;
        this.actions = actions;
        this.pages = pages;
    }

    WorkflowDefinition create(CreateInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        String organization = context.requirePrincipal().organizationId();
        String key = input.key();
        if (stores.definitions().keyExists(call.session(), organization, key)) {
            throw KEY_TAKEN.raise("A workflow with the key '" + key + "' already exists in your organization.");
        }
        DefinitionRow row = new DefinitionRow(WorkflowIds.next("wf"), organization, key, input.name(),
                input.description(), 1, DefinitionStatus.DRAFT, input.triggerType(), input.triggerConfig(),
                input.featureFlagKey(), input.settings(), null, call.now(), call.now(), null, 0);
        stores.definitions().insert(call.session(), row);
        context.emit(DEFINITION_CREATED, new DefinitionCreated(organization, call.actorId(), call.now(), row.id(), key,
                row.name()));
        return WorkflowDefinition.of(row, List.of());
    }

    WorkflowDefinition update(UpdateInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        DefinitionRow current = find(call, context, input.workflowId());
        List<String> changed = new ArrayList<>();
        DefinitionRow updated = current.withSettings(
                changed("name", input.name(), current.name(), changed),
                changed("description", input.description(), current.description(), changed),
                changed("triggerType", input.triggerType(), current.triggerType(), changed),
                changed("triggerConfig", input.triggerConfig(), current.triggerConfig(), changed),
                changed("featureFlagKey", input.featureFlagKey(), current.featureFlagKey(), changed),
                changed("settings", input.settings(), current.settings(), changed),
                call.now());
        DefinitionRow saved = changed.isEmpty() ? current : stores.definitions().update(call.session(), updated);
        context.emit(DEFINITION_UPDATED, new DefinitionUpdated(current.organizationId(), call.actorId(), call.now(),
                current.id(), current.key(), changed));
        return WorkflowDefinition.of(saved, null);
    }

    WorkflowDefinition publish(WorkflowIdInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        DefinitionRow current = find(call, context, input.workflowId());
        if (current.status() != DefinitionStatus.DRAFT) {
            throw NOT_A_DRAFT.raise("Only a draft can be published; this workflow is " + current.status() + ".");
        }
        List<StepRow> steps = stores.steps().ofDefinition(call.session(), current.id());
        WorkflowGraph graph = new WorkflowGraph(steps);
        List<String> problems = graph.problems();
        if (!problems.isEmpty()) {
            StringBuilder detail = new StringBuilder("The graph has " + problems.size() + " problem(s):");
            for (int i = 0; i < problems.size(); i++) {
                detail.append(' ').append(i + 1).append(") ").append(problems.get(i)).append(';');
            }
            throw INVALID_GRAPH.raise(detail.substring(0, detail.length() - 1) + ".");
        }
        List<String> refused = actions.problems(steps, context.requirePrincipal());
        if (!refused.isEmpty()) {
            throw ACTION_NOT_ALLOWED.raise(String.join("; ", refused) + ".");
        }
        stores.definitions().recordPublisher(call.session(), current.id(), call.actorId(),
                context.requirePrincipal().roles());
        DefinitionRow published = stores.definitions().update(call.session(),
                current.published(graph.entry().orElseThrow().id(), call.now()));
        context.emit(DEFINITION_PUBLISHED, new DefinitionPublished(current.organizationId(), call.actorId(),
                call.now(), current.id(), current.key(), published.revision(), steps.size()));
        return WorkflowDefinition.of(published, steps);
    }

    WorkflowDefinition get(WorkflowIdInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        DefinitionRow row = find(call, context, input.workflowId());
        return WorkflowDefinition.of(row, stores.steps().ofDefinition(call.session(), row.id()));
    }

    WorkflowDefinitionList list(ListWorkflowsInput input, HandlerContext context) {
        DefinitionStatus status = input.status();
        String organization = context.requirePrincipal().organizationId();
        String filters = CursorCodec.fingerprint("workflow.definition.list", organization,
                status == null ? null : status.wire(), input.search());
        Page<DefinitionRow> page = stores.definitions().list(EngineCall.of(context).session(), organization, status,
                input.search(), input.limit(), input.offset(), pages.after(input.cursor(), input.offset(), filters));
        return new WorkflowDefinitionList(page.items().stream().map(row -> WorkflowDefinition.of(row, null)).toList(),
                pages.nextCursor(page, filters, DefinitionRepository::position), page.total(), page.capped());
    }

    DefinitionRow find(EngineCall call, HandlerContext context, String id) {
        return stores.definitions().find(call.session(), context.requirePrincipal().organizationId(), id)
                .orElseThrow(() -> WORKFLOW_NOT_FOUND.exception("No workflow definition '" + id + "' in your organization."));
    }

    /** The new value of a field the caller sent (recording it as changed when it differs), else the current one. */
    private static <T> T changed(String field, T sent, T current, List<String> changed) {
        if (sent == null) {
            return current;
        }
        if (!Objects.equals(sent, current)) {
            changed.add(field);
        }
        return sent;
    }
}
