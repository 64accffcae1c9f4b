package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** Where a workflow instance is in its life. Wire and column values are the lower-case names. */
public enum InstanceStatus implements DescribedValue {
    PENDING("Created, not yet in its entry step."),
    RUNNING("In a step that advances by itself or waits for a task action."),
    WAITING("In an approval or wait step."),
    PAUSED("Paused by a user; nothing moves and no timer fires until it is resumed."),
    COMPLETED("Reached an end step; the outcome is the action that led there."),
    CANCELLED("Cancelled by a user, with a reason."),
    FAILED("An action step failed with no 'failure' transition to follow."),
    TIMEOUT("A step's timer ran out with no 'timeout' transition to follow.");

    private final String description;

    InstanceStatus(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Completed, cancelled, failed or timed out: nothing changes any more. */
    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == FAILED || this == TIMEOUT;
    }

    /** Running or waiting: actions, decisions and timers may move it. */
    public boolean isActive() {
        return this == RUNNING || this == WAITING;
    }

    @Override
    public String toString() {
        return wire();
    }

    public static InstanceStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
