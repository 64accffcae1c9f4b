package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.shared.StorageLimits;
import io.contractspec.examples.workflow.store.StepRow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a step's {@code transitions} JSON. Each member maps an action to a target step key, or to
 * {@code {to, roles?, condition?}}:
 *
 * <pre>{@code
 * {"submit": "review", "escalate": {"to": "director", "roles": ["manager"]},
 *  "big": {"to": "cfo", "condition": "data.amount > 10000"}, "default": "auto-approve"}
 * }</pre>
 *
 * A parallel step instead names its branches and the step after the join:
 * {@code {"branches": ["legal-review", "security-review"], "next": "decide"}}; each branch is a
 * task or approval step whose transitions all lead to that {@code next} step.
 */
public final class Transitions {

    /** The parallel step's member listing its branch steps. */
    public static final String BRANCHES = "branches";
    /** The action of start, wait, parallel and timed-out wait steps, and the join of parallel steps. */
    public static final String NEXT = "next";
    public static final String DEFAULT = "default";
    public static final String TIMEOUT = "timeout";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    private final Map<String, Transition> byAction;
    private final List<String> branches;

    private Transitions(Map<String, Transition> byAction, List<String> branches) {
        this.byAction = byAction;
        this.branches = branches;
    }

    /** Parses a stored step's transitions; the graph was validated when the definition was published. */
    public static Transitions of(StepRow step) {
        List<String> problems = new ArrayList<>();
        Transitions transitions = parse(step.key(), step.type(), step.transitions(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("step " + step.key() + " has invalid transitions: " + problems);
        }
        return transitions;
    }

    /** Parses transitions, adding a sentence per problem to {@code problems}. */
    static Transitions parse(String stepKey, StepType type, ObjectNode json, List<String> problems) {
        Map<String, Transition> byAction = new LinkedHashMap<>();
        List<String> branches = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> members = json == null ? java.util.Collections.emptyIterator() : json.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String action = member.getKey();
            JsonNode value = member.getValue();
            if (action.length() > StorageLimits.SHORT_TEXT) {
                problems.add("step '" + stepKey + "': a transition's action is longer than " + StorageLimits.SHORT_TEXT
                        + " characters");
            } else if (type == StepType.PARALLEL && action.equals(BRANCHES)) {
                readBranches(stepKey, value, branches, problems);
            } else if (value.isTextual()) {
                byAction.put(action, new Transition(action, value.asText(), List.of(), Optional.empty()));
            } else if (value.isObject() && value.path("to").isTextual()) {
                byAction.put(action, new Transition(action, value.get("to").asText(),
                        roles(stepKey, action, value.path("roles"), problems),
                        condition(stepKey, action, value.path("condition"), problems)));
            } else {
                problems.add("step '" + stepKey + "': transition '" + action
                        + "' must be a step key or an object with a 'to' step key");
            }
        }
        return new Transitions(byAction, List.copyOf(branches));
    }

    private static void readBranches(String stepKey, JsonNode value, List<String> branches, List<String> problems) {
        if (!value.isArray() || value.isEmpty()) {
            problems.add("step '" + stepKey + "': 'branches' must be a non-empty array of step keys");
            return;
        }
        value.forEach(branch -> {
            if (branch.isTextual()) {
                branches.add(branch.asText());
            } else {
                problems.add("step '" + stepKey + "': every branch must be a step key");
            }
        });
    }

    private static List<String> roles(String stepKey, String action, JsonNode roles, List<String> problems) {
        List<String> result = new ArrayList<>();
        if (roles.isMissingNode() || roles.isNull()) {
            return result;
        }
        if (!roles.isArray()) {
            problems.add("step '" + stepKey + "': the roles of transition '" + action + "' must be an array");
            return result;
        }
        roles.forEach(role -> result.add(role.asText()));
        return result;
    }

    private static Optional<Condition> condition(String stepKey, String action, JsonNode text, List<String> problems) {
        if (text.isMissingNode() || text.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Condition.parse(text.asText()));
        } catch (ConditionException e) {
            problems.add("step '" + stepKey + "': the condition of transition '" + action + "' is invalid: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<Transition> get(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    public List<Transition> all() {
        return List.copyOf(byAction.values());
    }

    /** The branch step keys of a parallel step; empty for other steps. */
    public List<String> branches() {
        return branches;
    }

    /** Every step key these transitions lead to, branches included. */
    public List<String> targets() {
        List<String> targets = new ArrayList<>(branches);
        byAction.values().forEach(transition -> targets.add(transition.to()));
        return targets;
    }

    /** The transition a start step, a finished wait or an action's outcome follows by itself. */
    public Optional<Transition> automatic(String... preferred) {
        for (String action : preferred) {
            if (byAction.containsKey(action)) {
                return Optional.of(byAction.get(action));
            }
        }
        return byAction.size() == 1 && preferred.length == 0 ? byAction.values().stream().findFirst() : Optional.empty();
    }
}
