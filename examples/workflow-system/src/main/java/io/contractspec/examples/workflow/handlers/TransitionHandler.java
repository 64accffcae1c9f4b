package io.contractspec.examples.workflow.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.engine.EngineCall;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Transition;
import io.contractspec.examples.workflow.engine.Transitions;
import io.contractspec.examples.workflow.engine.WorkflowGraph;
import io.contractspec.examples.workflow.store.ExecutionStatus;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.StepExecutionRow;
import io.contractspec.examples.workflow.store.StepRow;
import io.contractspec.examples.workflow.store.StepType;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.HandlerContext;
import java.util.List;
import java.util.Optional;

/**
 * Takes an action on an instance's task step (or on an open task branch of its parallel step).
 * Approval steps move through decisions, wait and action steps through their timers, so they
 * take no actions here. The caller must hold the step's roles (a task's {@code approverRoles} or
 * {@code approverUserIds}, when it names any) and the action's {@code roles}.
 */
final class TransitionHandler {

    private static final String NOT_ALLOWED = "TRANSITION_NOT_ALLOWED";

    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final InstanceHandlers instances;

    TransitionHandler(InstanceEngine engine, GraphCache graphs, InstanceHandlers instances) {
        this.engine = engine;
        this.graphs = graphs;
        this.instances = instances;
    }

    JsonNode transition(JsonNode input, HandlerContext context) {
        EngineCall call = Access.call(context);
        InstanceRow instance = instances.find(call, context, input.get("instanceId").asText());
        context.about(instance.id());
        String action = input.get("action").asText();
        if (!instance.status().isActive()) {
            throw new ContractException(NOT_ALLOWED, "The instance is " + instance.status()
                    + "; actions are taken on running or waiting instances.");
        }
        WorkflowGraph graph = graphs.of(call.connection(), instance.definitionId());
        Target target = target(call, instance, graph, action).orElseThrow(() -> new ContractException(NOT_ALLOWED,
                "Step '" + instance.currentStepKey() + "' has no action '" + action + "' you can take now."));
        requireRoles(context.requirePrincipal(), target);
        String previous = instance.currentStepKey();
        engine.take(call, instance, graph, target.execution(), target.transition(), input.get("data"),
                Wire.text(input, "comment"), ExecutionStatus.COMPLETED);
        ObjectNode output = Wire.JSON.createObjectNode().put("success", true);
        output.set("instance", Wire.instance(instance));
        output.put("previousStepKey", previous);
        if (instance.currentStepKey() != null) {
            output.put("currentStepKey", instance.currentStepKey());
        }
        return output.put("message", "Instance is " + instance.status()
                + (instance.currentStepKey() == null ? "" : " in step " + instance.currentStepKey()) + ".");
    }

    /** A task step visit and the transition the action names on it. */
    private record Target(StepRow step, StepExecutionRow execution, Transition transition) {}

    private Optional<Target> target(EngineCall call, InstanceRow instance, WorkflowGraph graph, String action) {
        var executions = engine.stores().executions();
        StepExecutionRow current = executions.activeTopLevel(call.connection(), instance.id()).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        List<StepExecutionRow> candidates = current.stepType() == StepType.PARALLEL
                ? executions.branches(call.connection(), current.id()).stream().filter(StepExecutionRow::isActive).toList()
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
            throw new ContractException(StandardCode.FORBIDDEN, "Step '" + step.key() + "' is for "
                    + step.approverRoles() + step.approverUserIds() + ".");
        }
        List<String> roles = target.transition().roles();
        if (!roles.isEmpty() && roles.stream().noneMatch(principal::hasRole)) {
            throw new ContractException(StandardCode.FORBIDDEN, "Action '" + target.transition().action()
                    + "' needs one of the roles " + roles + ".");
        }
    }
}
