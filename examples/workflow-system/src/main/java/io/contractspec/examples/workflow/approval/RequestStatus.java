package io.contractspec.examples.workflow.approval;

import io.contractspec.schema.DescribedValue;
import java.util.Locale;

/** Where an approval request is in its life. Wire and column values are the lower-case names. */
public enum RequestStatus implements DescribedValue {
    PENDING("Waiting for the approver's decision."),
    APPROVED("The approver approved."),
    REJECTED("The approver rejected."),
    DELEGATED("Handed to another approver."),
    ESCALATED("Stayed open past its SLA and was escalated."),
    WITHDRAWN("No longer needed: the step was decided by others, or the instance was cancelled."),
    EXPIRED("Its step timed out before a decision.");

    private final String description;

    RequestStatus(String description) {
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

    public static RequestStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
