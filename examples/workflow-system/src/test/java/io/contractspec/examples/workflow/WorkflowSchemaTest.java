package io.contractspec.examples.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Model;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkflowSchemaTest {

    /** The enums table of WORKFLOW-SYSTEM.md. */
    private static final Map<String, List<String>> DOCUMENTED = Map.of(
            "WorkflowStatus", List.of("draft", "active", "deprecated", "archived"),
            "WorkflowTriggerType", List.of("manual", "event", "scheduled", "api"),
            "StepType", List.of("start", "approval", "task", "condition", "parallel", "wait", "action", "end"),
            "ApprovalMode", List.of("any", "all", "majority", "sequential"),
            "InstanceStatus", List.of(
                    "pending", "running", "waiting", "paused", "completed", "cancelled", "failed", "timeout"),
            "StepExecutionStatus", List.of("pending", "active", "completed", "skipped", "failed", "timeout"),
            "ApprovalStatus", List.of(
                    "pending", "approved", "rejected", "delegated", "escalated", "withdrawn", "expired"),
            "ApprovalDecision", List.of("approve", "reject", "request_changes", "delegate", "abstain"),
            // Beyond WORKFLOW-SYSTEM.md: where an entry of workflow.instance.timeline comes from.
            "TimelineEntryKind", List.of("audit", "event"));

    /** The models section of WORKFLOW-SYSTEM.md: fields in order, {@code ?} marks optional ones. */
    private static final Map<String, String> DOCUMENTED_MODELS = Map.of(
            // Beyond WORKFLOW-SYSTEM.md: actionConfig tells an action step which operation to run.
            "WorkflowStep", "id, key, name, description?, type, position, transitions, approvalMode?,"
                    + " approverRoles[]?, approverUserIds[]?, timeoutSeconds?, slaSeconds?, actionConfig?",
            "WorkflowDefinition", "id, key, name, description?, version, status, triggerType, organizationId,"
                    + " initialStepId?, featureFlagKey?, steps[]?, createdAt, updatedAt, publishedAt?",
            "WorkflowInstance", "id, workflowDefinitionId, workflowKey, status, currentStepId?, currentStepKey?,"
                    + " triggeredBy, organizationId, priority, referenceId?, referenceType?, contextData?, dueAt?,"
                    + " outcome?, resultData?, errorMessage?, createdAt, startedAt?, completedAt?",
            "ApprovalRequest", "id, workflowInstanceId, stepExecutionId, approverId, approverRole?, title,"
                    + " description?, status, decision?, decisionComment?, decidedAt?, dueAt?, delegatedTo?,"
                    + " escalationLevel, sequenceOrder, contextSnapshot?, createdAt",
            "ApprovalComment", "id, approvalRequestId, authorId, content, isInternal, createdAt",
            "TransitionResult", "success, instance, previousStepKey?, currentStepKey?, message?",
            // Beyond WORKFLOW-SYSTEM.md: lists 1.1.0 page by cursor and cap their total (see Paging).
            "WorkflowDefinitionList", "workflows[], nextCursor?, total, totalCapped",
            "WorkflowInstanceList", "instances[], nextCursor?, total, totalCapped",
            "ApprovalRequestList", "requests[], nextCursor?, total, totalCapped, pendingCount");

    @Test
    void theDocumentedModelsHaveExactlyTheDocumentedFields() {
        Map<String, Model> models = Workflow.models().stream()
                .collect(Collectors.toMap(Model::name, model -> model, (first, same) -> first));
        DOCUMENTED_MODELS.forEach((name, shape) -> {
            String actual = models.get(name).fields().stream()
                    .map(field -> field.name() + (field.isArray() ? "[]" : "") + (field.isOptional() ? "?" : ""))
                    .collect(Collectors.joining(", "));
            assertThat(actual).as(name).isEqualTo(shape);
        });
    }

    @Test
    void modelsSharingANameAreIdentical() {
        Map<String, List<Model>> byName = Workflow.models().stream().collect(Collectors.groupingBy(Model::name));
        assertThat(byName.values()).allSatisfy(models -> assertThat(Set.copyOf(models)).hasSize(1));
    }

    @Test
    void theContractsUseExactlyTheDocumentedEnums() {
        Map<String, List<String>> used = Workflow.enums().stream()
                .collect(Collectors.toMap(EnumType::name, EnumType::wireValues));
        assertThat(used).isEqualTo(DOCUMENTED);
    }

    @Test
    void everyWireValueIsLowerCase() {
        assertThat(Workflow.enums()).allSatisfy(type -> assertThat(type.wireValues())
                .as(type.name())
                .allSatisfy(wire -> assertThat(wire).isEqualTo(wire.toLowerCase(Locale.ROOT))));
    }

    @Test
    void everyEnumAndValueIsDescribed() {
        assertThat(Workflow.enums()).allSatisfy(type -> {
            assertThat(type.description()).as(type.name()).isNotBlank();
            assertThat(type.values()).as(type.name()).allSatisfy(value -> assertThat(value.description()).isNotBlank());
        });
    }

    @Test
    void everyModelAndFieldIsDescribed() {
        assertThat(Workflow.models()).allSatisfy(model -> {
            assertThat(model.description()).as(model.name()).isNotBlank();
            assertThat(model.fields()).allSatisfy(field ->
                    assertThat(field.description()).as(model.name() + "." + field.name()).isNotBlank());
        });
    }
}
