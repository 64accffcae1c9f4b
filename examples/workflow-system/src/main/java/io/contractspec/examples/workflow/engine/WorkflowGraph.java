package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.store.StepRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A definition's steps as a graph. The entry step is the {@code start} step, or, without one, the
 * first step in position order. {@link #problems()} lists everything that keeps the graph from
 * being published, all at once, so the designer can fix them in one go.
 */
public final class WorkflowGraph {

    private final List<StepRow> steps;
    private final Map<String, StepRow> byKey = new LinkedHashMap<>();

    public WorkflowGraph(List<StepRow> steps) {
        this.steps = List.copyOf(steps);
        steps.forEach(step -> byKey.put(step.key(), step));
    }

    public Optional<StepRow> entry() {
        return steps.stream().filter(step -> step.type() == StepType.START).findFirst()
                .or(() -> steps.stream().findFirst());
    }

    public Optional<StepRow> step(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Whether any step's visits can have timers; see {@link InstanceEngine#hasTimers}. */
    public boolean hasTimers() {
        return steps.stream().anyMatch(InstanceEngine::hasTimers);
    }

    public Optional<StepRow> stepById(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    /** Every problem of the graph, in a stable order; empty when it may be published. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (steps.isEmpty()) {
            problems.add("the workflow has no steps");
            problems.add("the workflow has no entry step");
            problems.add("no end step is reachable");
            return problems;
        }
        if (steps.stream().filter(step -> step.type() == StepType.START).count() > 1) {
            problems.add("the workflow has more than one start step, so its entry step is ambiguous");
        }
        Map<String, Transitions> parsed = new LinkedHashMap<>();
        for (StepRow step : steps) {
            Transitions transitions = Transitions.parse(step.key(), step.type(), step.transitions(), problems);
            parsed.put(step.key(), transitions);
            for (String target : transitions.targets()) {
                if (!byKey.containsKey(target)) {
                    problems.add("step '" + step.key() + "' leads to '" + target + "', which is not a step");
                }
            }
            StepRules.check(step, transitions, this, problems);
        }
        Set<String> reachable = reachableFrom(entry().orElseThrow().key(), parsed);
        if (reachable.stream().noneMatch(key -> byKey.get(key).type() == StepType.END)) {
            problems.add("no end step is reachable from the entry step '" + entry().orElseThrow().key() + "'");
        }
        for (StepRow step : steps) {
            if (!reachable.contains(step.key())) {
                problems.add("step '" + step.key() + "' cannot be reached from the entry step");
            }
        }
        return problems;
    }

    private Set<String> reachableFrom(String entry, Map<String, Transitions> parsed) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(entry));
        while (!queue.isEmpty()) {
            String key = queue.poll();
            if (byKey.containsKey(key) && seen.add(key)) {
                queue.addAll(parsed.get(key).targets());
            }
        }
        return seen;
    }
}
