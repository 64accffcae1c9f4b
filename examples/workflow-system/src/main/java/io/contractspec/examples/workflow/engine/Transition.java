package io.contractspec.examples.workflow.engine;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a step's {@code transitions}: the action, the step it leads to, the roles that may
 * take it (any of them; empty means everyone who may act in the step) and, on condition steps,
 * the condition that selects it.
 */
public record Transition(String action, String to, List<String> roles, Optional<Condition> condition) {

    public Transition {
        roles = List.copyOf(roles);
    }
}
