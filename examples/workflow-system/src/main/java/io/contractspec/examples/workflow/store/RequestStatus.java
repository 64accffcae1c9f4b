package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** Where an approval request is in its life. Wire and column values are the lower-case names. */
public enum RequestStatus {
    PENDING, APPROVED, REJECTED, DELEGATED, ESCALATED, WITHDRAWN, EXPIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static RequestStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
