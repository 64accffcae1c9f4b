package io.contractspec.examples.workflow.instance;

import static io.contractspec.examples.workflow.instance.InstanceErrors.LACKS_STEP_ROLES;
import static io.contractspec.examples.workflow.instance.InstanceErrors.TRANSITION_NOT_ALLOWED;

import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Transition;
import io.contractspec.examples.workflow.engine.Transitions;
import io.contractspec.examples.workflow.engine.WorkflowGraph;
import io.contractspec.examples.workflow.instance.InstanceRecords.TransitionInput;
import io.contractspec.examples.workflow.instance.InstanceRecords.TransitionResult;
import io.contractspec.examples.workflow.instance.InstanceRecords.WorkflowInstance;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Takes an action on an instance's task step (or on an open task branch of its parallel step).
 * Approval steps move through decisions, wait and action steps through their timers, so they
 * take no actions here. The caller must hold the step's roles (a task's {@code approverRoles} or
 * {@code approverUserIds}, when it names any) and the action's {@code roles}.
 */
final class TransitionHandler {

    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final InstanceHandlers instances;

    TransitionHandler(InstanceEngine engine, GraphCache graphs, InstanceHandlers instances) {
        this.engine = engine;
        this.graphs = graphs;
        this.instances = instances;
    }

    TransitionResult transition(TransitionInput input, HandlerContext context) {
        EngineCall call = EngineCall.of(context);
        InstanceRow instance = instances.find(call, context, input.instanceId());
        context.about(instance.id()); // its events and audit record make up the instance's timeline
        String action = input.action();
        if (!instance.status().isActive()) {
            throw TRANSITION_NOT_ALLOWED.raise("The instance is " + instance.status()
                    + "; actions are taken on running or waiting instances.");
        }
        WorkflowGraph graph = graphs.of(call.session(), instance.definitionId());
        Target target = target(call, instance, graph, action).orElseThrow(() -> TRANSITION_NOT_ALLOWED.exception(
                "Step '" + instance.currentStepKey() + "' has no action '" + action + "' you can take now."));
        requireRoles(context.requirePrincipal(), target);
        String previous = instance.currentStepKey();
        engine.take(call, instance, graph, target.execution(), target.transition(), input.data(), input.comment(),
                ExecutionStatus.COMPLETED);
        return new TransitionResult(true, WorkflowInstance.of(instance), previous, instance.currentStepKey(),
                "Instance is " + instance.status()
                        + (instance.currentStepKey() == null ? "" : " in step " + instance.currentStepKey()) + ".");
    }

    /** A task step visit and the transition the action names on it. */
    private record Target(StepRow step, StepExecutionRow execution, Transition transition) {}

    private Optional<Target> target(EngineCall call, InstanceRow instance, WorkflowGraph graph, String action) {
        var executions = engine.stores().executions();
        StepExecutionRow current = executions.activeTopLevel(call.session(), instance.id()).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        List<StepExecutionRow> candidates = current.stepType() == StepType.PARALLEL
                ? executions.branches(call.session(), current.id()).stream().filter(StepExecutionRow::isActive).toList()
                : List.of(current);
        for (StepExecutionRow execution : candidates) {
            StepRow step = graph.step(execution.stepKey()).orElseThrow();
            if (step.type() != StepType.TASK) {
                continue;
            }
            Optional<Transition> transition = Transitions.of(step).get(action);
            if (transition.isPresent()) {
                return Optional.of(new Target(step, execution, transition.get()));
            }
        }
        return Optional.empty();
    }

    private static void requireRoles(Principal principal, Target target) {
        StepRow step = target.step();
        boolean stepRestricted = !step.approverRoles().isEmpty() || !step.approverUserIds().isEmpty();
        boolean mayActInStep = step.approverRoles().stream().anyMatch(principal::hasRole)
                || step.approverUserIds().contains(principal.userId());
        if (stepRestricted && !mayActInStep) {
            throw LACKS_STEP_ROLES.raise("Step '" + step.key() + "' is for "
                    + step.approverRoles() + step.approverUserIds() + ".");
        }
        List<String> roles = target.transition().roles();
        if (!roles.isEmpty() && roles.stream().noneMatch(principal::hasRole)) {
            throw LACKS_STEP_ROLES.raise("Action '" + target.transition().action()
                    + "' needs one of the roles " + roles + ".");
        }
    }
}
