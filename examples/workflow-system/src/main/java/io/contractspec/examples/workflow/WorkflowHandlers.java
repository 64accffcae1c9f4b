package io.contractspec.examples.workflow;

import io.contractspec.examples.workflow.approval.ApprovalBindings;
import io.contractspec.examples.workflow.definition.DefinitionBindings;
import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.instance.InstanceBindings;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.OutboxStore;

/** Binds a handler to each of the 19 workflow operations, feature by feature. */
final class WorkflowHandlers {

    private WorkflowHandlers() {}

    static void bindAll(HandlerBindings.Builder bindings, InstanceEngine engine, GraphCache graphs,
            ActionAuthority actions, CursorCodec cursors, OutboxStore events, AuditStore audit) {
        ListPages pages = new ListPages(cursors);
        DefinitionBindings.bind(bindings, engine.stores(), actions, pages);
        InstanceBindings.bind(bindings, engine, graphs, pages, events, audit, cursors);
        ApprovalBindings.bind(bindings, engine, graphs, pages);
    }
}
