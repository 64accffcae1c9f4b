package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** How a step behaves when an instance enters it. Wire and column values are the lower-case names. */
public enum StepType {
    START, APPROVAL, TASK, CONDITION, PARALLEL, WAIT, ACTION, END;

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
