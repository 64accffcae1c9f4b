package io.contractspec.examples.workflow.approval;

import io.contractspec.schema.EnumType;

/** The enums of approval requests. */
public final class ApprovalEnums {

    public static final EnumType APPROVAL_STATUS = EnumType.from("ApprovalStatus",
            "Where an approval request is in its life.", RequestStatus.class);

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
