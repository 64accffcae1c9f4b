package io.contractspec.examples.workflow.handlers;

import static io.contractspec.examples.workflow.approval.ApprovalOperations.ADD_APPROVAL_COMMENT;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DECIDE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalOperations.DELEGATE_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.GET_APPROVAL;
import static io.contractspec.examples.workflow.approval.ApprovalQueries.LIST_MY_APPROVALS;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.CREATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.GET_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.LIST_WORKFLOWS;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.PUBLISH_WORKFLOW;
import static io.contractspec.examples.workflow.definition.DefinitionOperations.UPDATE_WORKFLOW;
import static io.contractspec.examples.workflow.definition.StepOperations.ADD_STEP;
import static io.contractspec.examples.workflow.instance.InstanceOperations.CANCEL_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.PAUSE_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.RESUME_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.START_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceOperations.TRANSITION_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.GET_INSTANCE;
import static io.contractspec.examples.workflow.instance.InstanceQueries.LIST_INSTANCES;

import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.pagination.CursorCodec;

/** Binds a handler to each of the 18 workflow operations. */
public final class WorkflowHandlers {

    private WorkflowHandlers() {}

    public static void bindAll(HandlerBindings.Builder bindings, InstanceEngine engine, GraphCache graphs,
            ActionAuthority actions, CursorCodec cursors) {
        ListHandlers lists = new ListHandlers(engine.stores(), cursors);
        DefinitionHandlers definitions = new DefinitionHandlers(engine.stores(), actions);
        StepHandlers steps = new StepHandlers(engine.stores(), definitions);
        InstanceHandlers instances = new InstanceHandlers(engine, graphs);
        TransitionHandler transitions = new TransitionHandler(engine, graphs, instances);
        ApprovalHandlers approvals = new ApprovalHandlers(engine, graphs);
        bindings.bind(CREATE_WORKFLOW, definitions::create)
                .bind(UPDATE_WORKFLOW, definitions::update)
                .bind(ADD_STEP, steps::add)
                .bind(PUBLISH_WORKFLOW, definitions::publish)
                .bind(LIST_WORKFLOWS, lists::definitions)
                .bind(GET_WORKFLOW, definitions::get)
                .bind(START_INSTANCE, instances::start)
                .bind(TRANSITION_INSTANCE, transitions::transition)
                .bind(PAUSE_INSTANCE, instances::pause)
                .bind(RESUME_INSTANCE, instances::resume)
                .bind(CANCEL_INSTANCE, instances::cancel)
                .bind(LIST_INSTANCES, lists::instances)
                .bind(GET_INSTANCE, instances::get)
                .bind(DECIDE_APPROVAL, approvals::decide)
                .bind(DELEGATE_APPROVAL, approvals::delegate)
                .bind(ADD_APPROVAL_COMMENT, approvals::comment)
                .bind(LIST_MY_APPROVALS, lists::myApprovals)
                .bind(GET_APPROVAL, approvals::get);
    }
}
