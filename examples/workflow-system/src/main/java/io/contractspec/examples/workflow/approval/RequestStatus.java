package io.contractspec.examples.workflow.approval;

import io.contractspec.schema.Description;
import java.util.Locale;

/** Where an approval request is in its life. Wire and column values are the lower-case names. */
public enum RequestStatus {
    @Description("Waiting for the approver's decision.")
    PENDING,
    @Description("The approver approved.")
    APPROVED,
    @Description("The approver rejected.")
    REJECTED,
    @Description("Handed to another approver.")
    DELEGATED,
    @Description("Stayed open past its SLA and was escalated.")
    ESCALATED,
    @Description("No longer needed: the step was decided by others, or the instance was cancelled.")
    WITHDRAWN,
    @Description("Its step timed out before a decision.")
    EXPIRED;

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
