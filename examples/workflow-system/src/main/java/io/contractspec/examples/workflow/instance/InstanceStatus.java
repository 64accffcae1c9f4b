package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.Description;
import java.util.Locale;

/** Where a workflow instance is in its life. Wire and column values are the lower-case names. */
public enum InstanceStatus {
    @Description("Created, not yet in its entry step.")
    PENDING,
    @Description("In a step that advances by itself or waits for a task action.")
    RUNNING,
    @Description("In an approval or wait step.")
    WAITING,
    @Description("Paused by a user; nothing moves and no timer fires until it is resumed.")
    PAUSED,
    @Description("Reached an end step; the outcome is the action that led there.")
    COMPLETED,
    @Description("Cancelled by a user, with a reason.")
    CANCELLED,
    @Description("An action step failed with no 'failure' transition to follow.")
    FAILED,
    @Description("A step's timer ran out with no 'timeout' transition to follow.")
    TIMEOUT;

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
