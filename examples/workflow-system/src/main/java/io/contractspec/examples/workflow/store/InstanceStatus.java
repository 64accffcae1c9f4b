package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** Where a workflow instance is in its life. Wire and column values are the lower-case names. */
public enum InstanceStatus {
    PENDING, RUNNING, WAITING, PAUSED, COMPLETED, CANCELLED, FAILED, TIMEOUT;

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
