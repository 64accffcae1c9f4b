package io.contractspec.examples.workflow.instance;

import java.util.Locale;

/** What a timer does when it fires. Wire and column values are the lower-case names. */
public enum TimerKind {
    STEP_TIMEOUT, APPROVAL_SLA, ACTION_RUN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static TimerKind of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
