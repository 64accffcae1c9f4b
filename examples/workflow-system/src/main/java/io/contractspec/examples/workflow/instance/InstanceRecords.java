package io.contractspec.examples.workflow.instance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.InstanceRow;
import java.time.Instant;
import java.util.List;

/**
 * The instance models as Java records, for handlers and the engine. Hand-written rather than
 * generated: they are the code a team reads and owns, and binding checks each against its model
 * when the handlers are bound (at startup, and in every test), so a record that drifts from its
 * contract stops the application instead of a call. Optional fields are nullable components;
 * fields with a declared default are primitives, filled in by the runtime.
 */
public final class InstanceRecords {

    private InstanceRecords() {}

    public record StartInput(String workflowKey, ObjectNode contextData, String referenceId, String referenceType,
            int priority, Instant dueAt) {}

    public record TransitionInput(String instanceId, String action, ObjectNode data, String comment) {}

    public record PauseResumeInput(String instanceId, String reason) {}

    public record CancelInput(String instanceId, String reason) {}

    public record InstanceIdInput(String instanceId) {}

    public record ListInstancesInput(String workflowKey, InstanceStatus status, String referenceType,
            String referenceId, String triggeredBy, int limit, String cursor, int offset) {}

    public record WorkflowInstance(String id, String workflowDefinitionId, String workflowKey, InstanceStatus status,
            String currentStepId, String currentStepKey, String triggeredBy, String organizationId, int priority,
            String referenceId, String referenceType, ObjectNode contextData, Instant dueAt, String outcome,
            ObjectNode resultData, String errorMessage, Instant createdAt, Instant startedAt, Instant completedAt) {

        /** The stored instance as it travels; its data is copied, so later changes to the row do not leak in. */
        public static WorkflowInstance of(InstanceRow row) {
            return new WorkflowInstance(row.id(), row.definitionId(), row.workflowKey(), row.status(),
                    row.currentStepId(), row.currentStepKey(), row.triggeredBy(), row.organizationId(), row.priority(),
                    row.referenceId(), row.referenceType(), copy(row.contextData()), row.dueAt(), row.outcome(),
                    copy(row.resultData()), row.errorMessage(), row.createdAt(), row.startedAt(), row.completedAt());
        }
    }

    public record TransitionResult(boolean success, WorkflowInstance instance, String previousStepKey,
            String currentStepKey, String message) {}

    public record WorkflowInstanceList(List<WorkflowInstance> instances, String nextCursor, long total,
            boolean totalCapped) {}

    public record TimelineInput(String instanceId, int limit, String cursor) {}

    public record TimelineEntry(TimelineEntryKind kind, String id, String name, Instant occurredAt, String actor,
            String onBehalfOf, String operation, String version, String traceId, ObjectNode data) {}

    public record InstanceTimeline(List<TimelineEntry> entries, String nextCursor) {}

    // Event payloads: who did what, where and when, then the event's own facts.

    public record InstanceStarted(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String workflowDefinitionId, int priority, String referenceId, String referenceType) {}

    public record InstanceCompleted(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String outcome, ObjectNode resultData) {}

    public record InstanceFailed(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String stepKey, String errorMessage) {}

    public record InstanceTimedOut(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String stepKey, long timeoutSeconds) {}

    public record StepEntered(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String stepExecutionId, String stepKey, StepType stepType, String previousStepKey) {}

    public record StepExited(String organizationId, String actorId, Instant occurredAt, String instanceId,
            String workflowKey, String stepExecutionId, String stepKey, String action, ExecutionStatus status) {}

    private static ObjectNode copy(ObjectNode data) {
        return data == null ? null : data.deepCopy();
    }
}
