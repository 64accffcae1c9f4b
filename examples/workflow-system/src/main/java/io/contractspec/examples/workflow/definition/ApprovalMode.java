package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** How the decisions of an approval step's approvers combine. Wire and column values are the lower-case names. */
public enum ApprovalMode implements DescribedValue {
    ANY("The first approve or reject decides."),
    ALL("Every approver must approve; any reject rejects."),
    MAJORITY("More than half decide."),
    SEQUENTIAL("One request open at a time, in order.");

    private final String description;

    ApprovalMode(String description) {
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

    public static ApprovalMode of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
