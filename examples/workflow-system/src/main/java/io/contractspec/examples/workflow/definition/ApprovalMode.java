package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.Description;
import java.util.Locale;

/** How the decisions of an approval step's approvers combine. Wire and column values are the lower-case names. */
public enum ApprovalMode {
    @Description("The first approve or reject decides.")
    ANY,
    @Description("Every approver must approve; any reject rejects.")
    ALL,
    @Description("More than half decide.")
    MAJORITY,
    @Description("One request open at a time, in order.")
    SEQUENTIAL;

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
