package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.EnumType;

/** The enums of running workflows. */
public final class InstanceEnums {

    public static final EnumType INSTANCE_STATUS = EnumType.from("InstanceStatus",
            "Where a workflow instance is in its life.", InstanceStatus.class);

    public static final EnumType STEP_EXECUTION_STATUS = EnumType.from("StepExecutionStatus",
            "The state of one visit of an instance to a step.", ExecutionStatus.class);

    private InstanceEnums() {}
}
