package io.contractspec.examples.workflow.approval;

import io.contractspec.schema.EnumType;

/** The enums of approval requests. */
public final class ApprovalEnums {

    public static final EnumType APPROVAL_STATUS = EnumType.builder("ApprovalStatus")
            .description("Where an approval request is in its life.")
            .value("pending", "Waiting for the approver's decision.")
            .value("approved", "The approver approved.")
            .value("rejected", "The approver rejected.")
            .value("delegated", "Handed to another approver.")
            .value("escalated", "Stayed open past its SLA and was escalated.")
            .value("withdrawn", "No longer needed: the step was decided by others, or the instance was cancelled.")
            .value("expired", "Its step timed out before a decision.")
            .build();

    public static final EnumType APPROVAL_DECISION = EnumType.builder("ApprovalDecision")
            .description("What an approver decides.")
            .value("approve", "Approve.")
            .value("reject", "Reject.")
            .value("request_changes", "Send back for changes.")
            .value("delegate", "Hand the decision to someone else.")
            .value("abstain", "Take no side.")
            .build();

    private ApprovalEnums() {}
}
