package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.instance.InstanceOperations.CANCEL_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.PAUSE_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.RESUME_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.START_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.TRANSITION_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.GET_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.LIST_INSTANCES;
import static io.contractspec.examples.workflow.instance.InstanceTimelineQuery.INSTANCE_TIMELINE_QUERY;

import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.instance.InstanceRecords.CancelInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceIdInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceTimeline;
import io.contractspec.examples.workflow.instance.InstanceRecords.ListInstancesInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.PauseResumeInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.StartInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.TimelineInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.TransitionInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.TransitionResult;
import io.contractspec.examples.workflow.instance.InstanceRecords.WorkflowInstance;
import io.contractspec.examples.workflow.instance.InstanceRecords.WorkflowInstanceList;
import io.contractspec.examples.workflow.shared.ListPages;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.OutboxStore;

/** Binds the instance operations to their handlers, on records checked against the models now. */
public final class InstanceBindings {

    private InstanceBindings() {}

    /** {@code events} and {@code audit} are the executor's stores: the timeline reads them. */
    public static void bind(HandlerBindings.Builder bindings, InstanceEngine engine, GraphCache graphs, ListPages pages,
            OutboxStore events, AuditStore audit, CursorCodec cursors) {
        InstanceHandlers instances = new InstanceHandlers(engine, graphs, pages);
        TransitionHandler transitions = new TransitionHandler(engine, graphs, instances);
        InstanceTimelineHandler timeline = new InstanceTimelineHandler(engine.stores().instances(), events, audit, cursors);
        bindings.bind(START_INSTANCE, StartInput.class, WorkflowInstance.class, instances::start)
                .bind(TRANSITION_INSTANCE, TransitionInput.class, TransitionResult.class, transitions::transition)
                .bind(PAUSE_INSTANCE, PauseResumeInput.class, WorkflowInstance.class, instances::pause)
                .bind(RESUME_INSTANCE, PauseResumeInput.class, WorkflowInstance.class, instances::resume)
                .bind(CANCEL_INSTANCE, CancelInput.class, WorkflowInstance.class, instances::cancel)
                .bind(LIST_INSTANCES, ListInstancesInput.class, WorkflowInstanceList.class, instances::list)
                .bind(GET_INSTANCE, InstanceIdInput.class, WorkflowInstance.class, instances::get)
                .bind(INSTANCE_TIMELINE_QUERY, TimelineInput.class, InstanceTimeline.class, timeline::timeline);
    }
}
