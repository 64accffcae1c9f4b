package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** The state of one visit of an instance to a step. Wire and column values are the lower-case names. */
public enum ExecutionStatus {
    PENDING, ACTIVE, COMPLETED, SKIPPED, FAILED, TIMEOUT;

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
