package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** The state of one visit of an instance to a step. Wire and column values are the lower-case names. */
public enum ExecutionStatus implements DescribedValue {
    PENDING("Scheduled, not yet entered."),
    ACTIVE("The instance is in the step."),
    COMPLETED("Left through one of its transitions."),
    SKIPPED("Passed over without being worked on."),
    FAILED("Its action failed."),
    TIMEOUT("Its timer ran out.");

    private final String description;

    ExecutionStatus(String description) {
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

    public static ExecutionStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
