package io.contractspec.examples.workflow.store;

import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import java.time.Instant;

/**
 * One visit of an instance to a step: entered active, closed when the instance leaves the step.
 * The branches of a parallel step carry the parallel step's visit as {@code parentExecutionId}.
 */
public record StepExecutionRow(
        String id,
        String instanceId,
        String stepId,
        String stepKey,
        StepType stepType,
        String parentExecutionId,
        ExecutionStatus status,
        String action,
        String actorId,
        String comment,
        int attempts,
        String errorMessage,
        Instant enteredAt,
        Instant exitedAt,
        long version) {

    public static StepExecutionRow entered(String id, String instanceId, StepRow step, String parentExecutionId,
            Instant at) {
        return new StepExecutionRow(id, instanceId, step.id(), step.key(), step.type(), parentExecutionId,
                ExecutionStatus.ACTIVE, null, null, null, 0, null, at, null, 0);
    }

    /** This visit closed: its status, the action that left the step, who and when; one version later. */
    public StepExecutionRow closed(ExecutionStatus status, String action, String actorId, String comment,
            String errorMessage, Instant at) {
        return new StepExecutionRow(id, instanceId, stepId, stepKey, stepType, parentExecutionId, status, action,
                actorId, comment, attempts, errorMessage, enteredAt, at, version + 1);
    }

    public boolean isActive() {
        return status == ExecutionStatus.ACTIVE;
    }
}
