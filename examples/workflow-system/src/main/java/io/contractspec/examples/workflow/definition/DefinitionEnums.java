package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.EnumType;

/** The enums of workflow definitions and their steps. */
public final class DefinitionEnums {

    public static final EnumType WORKFLOW_STATUS = EnumType.builder("WorkflowStatus")
            .description("Lifecycle of a workflow definition.")
            .value("draft", "Being edited; steps can be added; cannot be started.")
            .value("active", "Published; new instances can be started.")
            .value("deprecated", "Still runs its instances; no new ones should be started.")
            .value("archived", "Kept for history only.")
            .build();

    public static final EnumType WORKFLOW_TRIGGER_TYPE = EnumType.builder("WorkflowTriggerType")
            .description("What starts instances of a workflow.")
            .value("manual", "A user starts it.")
            .value("event", "An event starts it.")
            .value("scheduled", "A schedule starts it.")
            .value("api", "Another system starts it through the API.")
            .build();

    public static final EnumType STEP_TYPE = EnumType.builder("StepType")
            .description("How a step behaves when an instance enters it.")
            .value("start", "The entry step; advances by itself.")
            .value("approval", "Creates approval requests and waits for their decision.")
            .value("task", "Waits for a user to take one of its actions.")
            .value("condition", "Takes the first transition whose condition holds, else 'default'.")
            .value("parallel", "Runs all branches, then follows 'next'.")
            .value("wait", "Waits for its timer, then follows 'timeout' or 'next'.")
            .value("action", "Runs an allowed operation on the publisher's authority, then follows 'success' or 'failure'.")
            .value("end", "Completes the instance.")
            .build();

    public static final EnumType APPROVAL_MODE = EnumType.builder("ApprovalMode")
            .description("How the decisions of several approvers combine.")
            .value("any", "The first approve or reject decides.")
            .value("all", "Every approver must approve; any reject rejects.")
            .value("majority", "More than half decide.")
            .value("sequential", "One request open at a time, in order.")
            .build();

    private DefinitionEnums() {}
}
