package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import java.util.List;

/** What each step type needs to run, checked when a definition is published. */
final class StepRules {

    private StepRules() {}

    static void check(StepRow step, Transitions transitions, WorkflowGraph graph, List<String> problems) {
        String name = "step '" + step.key() + "'";
        switch (step.type()) {
            case START -> {
                if (transitions.automatic(Transitions.NEXT).isEmpty()) {
                    problems.add(name + " (start) needs a 'next' transition");
                }
            }
            case APPROVAL -> {
                if (step.approverRoles().isEmpty() && step.approverUserIds().isEmpty()) {
                    problems.add(name + " (approval) names no approver roles or user ids");
                }
                if (transitions.get("approve").isEmpty() || transitions.get("reject").isEmpty()) {
                    problems.add(name + " (approval) needs 'approve' and 'reject' transitions");
                }
            }
            case TASK -> {
                if (transitions.all().isEmpty()) {
                    problems.add(name + " (task) has no actions");
                }
            }
            case CONDITION -> {
                if (transitions.all().isEmpty()) {
                    problems.add(name + " (condition) has no transitions");
                }
            }
            case WAIT -> {
                if (step.timeoutSeconds() == null) {
                    problems.add(name + " (wait) needs timeoutSeconds");
                }
                if (transitions.automatic(Transitions.TIMEOUT, Transitions.NEXT).isEmpty()) {
                    problems.add(name + " (wait) needs a 'timeout' or 'next' transition");
                }
            }
            case ACTION -> {
                if (step.actionConfig() == null || !step.actionConfig().path("operation").isTextual()) {
                    problems.add(name + " (action) needs actionConfig.operation, the key of the operation to run");
                }
                if (transitions.get(Transitions.SUCCESS).isEmpty()) {
                    problems.add(name + " (action) needs a 'success' transition");
                }
            }
            case PARALLEL -> checkParallel(name, transitions, graph, problems);
            case END -> {
                if (!transitions.all().isEmpty()) {
                    problems.add(name + " (end) must have no transitions");
                }
            }
        }
    }

    private static void checkParallel(String name, Transitions transitions, WorkflowGraph graph, List<String> problems) {
        var next = transitions.get(Transitions.NEXT);
        if (transitions.branches().isEmpty() || next.isEmpty()) {
            problems.add(name + " (parallel) needs 'branches' and a 'next' step to join into");
            return;
        }
        for (String branchKey : transitions.branches()) {
            graph.step(branchKey).ifPresent(branch -> {
                if (branch.type() != StepType.TASK && branch.type() != StepType.APPROVAL) {
                    problems.add(name + " (parallel): branch '" + branchKey + "' must be a task or approval step");
                    return;
                }
                List<String> problems1 = new java.util.ArrayList<>();
                Transitions branchTransitions = Transitions.parse(branch.key(), branch.type(), branch.transitions(),
                        problems1);
                if (branchTransitions.all().stream().anyMatch(t -> !t.to().equals(next.get().to()))) {
                    problems.add(name + " (parallel): every transition of branch '" + branchKey
                            + "' must lead to the join step '" + next.get().to() + "'");
                }
            });
        }
    }
}
