package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.Description;
import java.util.Locale;

/** How a step behaves when an instance enters it. Wire and column values are the lower-case names. */
public enum StepType {
    @Description("The entry step; advances by itself.")
    START,
    @Description("Creates approval requests and waits for their decision.")
    APPROVAL,
    @Description("Waits for a user to take one of its actions.")
    TASK,
    @Description("Takes the first transition whose condition holds, else 'default'.")
    CONDITION,
    @Description("Runs all branches, then follows 'next'.")
    PARALLEL,
    @Description("Waits for its timer, then follows 'timeout' or 'next'.")
    WAIT,
    @Description("Runs an allowed operation on the publisher's authority, then follows 'success' or 'failure'.")
    ACTION,
    @Description("Completes the instance.")
    END;

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
