package io.contractspec.examples.workflow.store;

import java.util.Locale;

/** How the decisions of an approval step's approvers combine. Wire and column values are the lower-case names. */
public enum ApprovalMode {
    ANY, ALL, MAJORITY, SEQUENTIAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    public static ApprovalMode of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
