package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.EnumType;

/** The enums of running workflows. */
public final class InstanceEnums {

    public static final EnumType INSTANCE_STATUS = EnumType.builder("InstanceStatus")
            .description("Where a workflow instance is in its life.")
            .value("pending", "Created, not yet in its entry step.")
            .value("running", "In a step that advances by itself or waits for a task action.")
            .value("waiting", "In an approval or wait step.")
            .value("paused", "Paused by a user; nothing moves and no timer fires until it is resumed.")
            .value("completed", "Reached an end step; the outcome is the action that led there.")
            .value("cancelled", "Cancelled by a user, with a reason.")
            .value("failed", "An action step failed with no 'failure' transition to follow.")
            .value("timeout", "A step's timer ran out with no 'timeout' transition to follow.")
            .build();

    public static final EnumType STEP_EXECUTION_STATUS = EnumType.builder("StepExecutionStatus")
            .description("The state of one visit of an instance to a step.")
            .value("pending", "Scheduled, not yet entered.")
            .value("active", "The instance is in the step.")
            .value("completed", "Left through one of its transitions.")
            .value("skipped", "Passed over without being worked on.")
            .value("failed", "Its action failed.")
            .value("timeout", "Its timer ran out.")
            .build();

    private InstanceEnums() {}
}
