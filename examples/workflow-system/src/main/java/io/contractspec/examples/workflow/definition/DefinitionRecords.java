package io.contractspec.examples.workflow.definition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.StepRow;
import java.time.Instant;
import java.util.List;

/**
 * The definition models as Java records (see {@code InstanceRecords} for why they are
 * hand-written and how they are checked). Trigger types stay strings: the contract lists them for
 * documentation, the engine only stores them.
 */
public final class DefinitionRecords {

    private DefinitionRecords() {}

    public record CreateInput(String name, String key, String description, String triggerType,
            ObjectNode triggerConfig, String featureFlagKey, ObjectNode settings) {}

    /** Absent fields stay as they are: each component is null unless the caller sent it. */
    public record UpdateInput(String workflowId, String name, String description, String triggerType,
            ObjectNode triggerConfig, String featureFlagKey, ObjectNode settings) {}

    public record WorkflowIdInput(String workflowId) {}

    public record ListWorkflowsInput(DefinitionStatus status, String search, int limit, String cursor, int offset) {}

    public record AddStepInput(String workflowId, String key, String name, String description, StepType type,
            Integer position, ObjectNode transitions, ApprovalMode approvalMode, List<String> approverRoles,
            List<String> approverUserIds, Integer timeoutSeconds, Integer slaSeconds, ObjectNode actionConfig) {}

    public record WorkflowStep(String id, String key, String name, String description, StepType type, int position,
            ObjectNode transitions, ApprovalMode approvalMode, List<String> approverRoles, List<String> approverUserIds,
            Integer timeoutSeconds, Integer slaSeconds, ObjectNode actionConfig) {

        public static WorkflowStep of(StepRow row) {
            return new WorkflowStep(row.id(), row.key(), row.name(), row.description(), row.type(), row.order(),
                    row.transitions().deepCopy(), row.approvalMode(), orNull(row.approverRoles()),
                    orNull(row.approverUserIds()), row.timeoutSeconds(), row.slaSeconds(),
                    row.actionConfig() instanceof ObjectNode config ? config.deepCopy() : null);
        }

        /** An empty list of approvers is left out, as the model's optional arrays are. */
        private static List<String> orNull(List<String> values) {
            return values.isEmpty() ? null : values;
        }
    }

    public record WorkflowDefinition(String id, String key, String name, String description, int version,
            DefinitionStatus status, String triggerType, String organizationId, String initialStepId,
            String featureFlagKey, List<WorkflowStep> steps, Instant createdAt, Instant updatedAt,
            Instant publishedAt) {

        /** The stored definition as it travels; {@code steps} null leaves them out (lists do). */
        public static WorkflowDefinition of(DefinitionRow row, List<StepRow> steps) {
            return new WorkflowDefinition(row.id(), row.key(), row.name(), row.description(), row.revision(),
                    row.status(), row.triggerType(), row.organizationId(), row.initialStepId(), row.featureFlagKey(),
                    steps == null ? null : steps.stream().map(WorkflowStep::of).toList(), row.createdAt(),
                    row.updatedAt(), row.publishedAt());
        }
    }

    public record WorkflowDefinitionList(List<WorkflowDefinition> workflows, String nextCursor, long total,
            boolean totalCapped) {}

    // Event payloads: who did what, where and when, the definition, then the event's own facts.

    public record DefinitionCreated(String organizationId, String actorId, Instant occurredAt, String workflowId,
            String workflowKey, String name) {}

    public record DefinitionUpdated(String organizationId, String actorId, Instant occurredAt, String workflowId,
            String workflowKey, List<String> changedFields) {}

    public record DefinitionPublished(String organizationId, String actorId, Instant occurredAt, String workflowId,
            String workflowKey, int version, int stepCount) {}

    public record StepAdded(String organizationId, String actorId, Instant occurredAt, String workflowId,
            String workflowKey, String stepId, String stepKey, StepType stepType) {}
}
