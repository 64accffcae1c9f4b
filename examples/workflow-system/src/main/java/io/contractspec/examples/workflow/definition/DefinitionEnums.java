package io.contractspec.examples.workflow.definition;

import io.contractspec.schema.EnumType;

/** The enums of workflow definitions and their steps. */
public final class DefinitionEnums {

    public static final EnumType WORKFLOW_STATUS = EnumType.from("WorkflowStatus",
            "Lifecycle of a workflow definition.", DefinitionStatus.class);

    public static final EnumType WORKFLOW_TRIGGER_TYPE = EnumType.builder("WorkflowTriggerType")
            .description("What starts instances of a workflow.")
            .value("manual", "A user starts it.")
            .value("event", "An event starts it.")
            .value("scheduled", "A schedule starts it.")
            .value("api", "Another system starts it through the API.")
            .build();

    public static final EnumType STEP_TYPE = EnumType.from("StepType",
            "How a step behaves when an instance enters it.", StepType.class);

    public static final EnumType APPROVAL_MODE = EnumType.from("ApprovalMode",
            "How the decisions of several approvers combine.", ApprovalMode.class);

    private DefinitionEnums() {}
}
