package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** How a step behaves when an instance enters it. Wire and column values are the lower-case names. */
public enum StepType implements DescribedValue {
    START("The entry step; advances by itself."),
    APPROVAL("Creates approval requests and waits for their decision."),
    TASK("Waits for a user to take one of its actions."),
    CONDITION("Takes the first transition whose condition holds, else 'default'."),
    PARALLEL("Runs all branches, then follows 'next'."),
    WAIT("Waits for its timer, then follows 'timeout' or 'next'."),
    ACTION("Runs an allowed operation on the publisher's authority, then follows 'success' or 'failure'."),
    END("Completes the instance.");

    private final String description;

    StepType(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static StepType of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
