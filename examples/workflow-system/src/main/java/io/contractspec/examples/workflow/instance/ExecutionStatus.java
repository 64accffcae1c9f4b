package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.Description;
import java.util.Locale;

/** The state of one visit of an instance to a step. Wire and column values are the lower-case names. */
public enum ExecutionStatus {
    @Description("Scheduled, not yet entered.")
    PENDING,
    @Description("The instance is in the step.")
    ACTIVE,
    @Description("Left through one of its transitions.")
    COMPLETED,
    @Description("Passed over without being worked on.")
    SKIPPED,
    @Description("Its action failed.")
    FAILED,
    @Description("Its timer ran out.")
    TIMEOUT;

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
