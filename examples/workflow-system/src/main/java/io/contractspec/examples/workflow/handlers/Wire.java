package io.contractspec.examples.workflow.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.store.ApprovalCommentRow;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.StepRow;
import java.time.Instant;
import java.util.List;

/** Stored rows in their wire shapes (the contracts' models); absent values are left out, never null. */
public final class Wire {

    static final ObjectMapper JSON = io.contractspec.schema.ExactJson.mapper();

    private Wire() {}

    public static ObjectNode definition(DefinitionRow row, List<StepRow> steps) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", row.id())
                .put("key", row.key())
                .put("name", row.name())
                .put("version", row.revision())
                .put("status", row.status().wire())
                .put("triggerType", row.triggerType())
                .put("organizationId", row.organizationId());
        put(node, "description", row.description());
        put(node, "initialStepId", row.initialStepId());
        put(node, "featureFlagKey", row.featureFlagKey());
        if (steps != null) {
            ArrayNode array = node.putArray("steps");
            steps.forEach(step -> array.add(step(step)));
        }
        put(node, "createdAt", row.createdAt());
        put(node, "updatedAt", row.updatedAt());
        put(node, "publishedAt", row.publishedAt());
        return node;
    }

    public static ObjectNode step(StepRow row) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", row.id())
                .put("key", row.key())
                .put("name", row.name())
                .put("type", row.type().wire())
                .put("position", row.order());
        put(node, "description", row.description());
        node.set("transitions", row.transitions().deepCopy());
        if (row.approvalMode() != null) {
            node.put("approvalMode", row.approvalMode().wire());
        }
        strings(node, "approverRoles", row.approverRoles());
        strings(node, "approverUserIds", row.approverUserIds());
        if (row.timeoutSeconds() != null) {
            node.put("timeoutSeconds", row.timeoutSeconds());
        }
        if (row.slaSeconds() != null) {
            node.put("slaSeconds", row.slaSeconds());
        }
        if (row.actionConfig() != null) {
            node.set("actionConfig", row.actionConfig().deepCopy());
        }
        return node;
    }

    public static ObjectNode instance(InstanceRow row) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", row.id())
                .put("workflowDefinitionId", row.definitionId())
                .put("workflowKey", row.workflowKey())
                .put("status", row.status().wire());
        put(node, "currentStepId", row.currentStepId());
        put(node, "currentStepKey", row.currentStepKey());
        node.put("triggeredBy", row.triggeredBy())
                .put("organizationId", row.organizationId())
                .put("priority", row.priority());
        put(node, "referenceId", row.referenceId());
        put(node, "referenceType", row.referenceType());
        if (row.contextData() != null) {
            node.set("contextData", row.contextData().deepCopy());
        }
        put(node, "dueAt", row.dueAt());
        put(node, "outcome", row.outcome());
        if (row.resultData() != null) {
            node.set("resultData", row.resultData().deepCopy());
        }
        put(node, "errorMessage", row.errorMessage());
        put(node, "createdAt", row.createdAt());
        put(node, "startedAt", row.startedAt());
        put(node, "completedAt", row.completedAt());
        return node;
    }

    public static ObjectNode request(ApprovalRequestRow row) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", row.id())
                .put("workflowInstanceId", row.instanceId())
                .put("stepExecutionId", row.stepExecutionId())
                .put("approverId", row.approverId());
        put(node, "approverRole", row.approverRole());
        node.put("title", row.title());
        put(node, "description", row.description());
        node.put("status", row.status().wire());
        put(node, "decision", row.decision());
        put(node, "decisionComment", row.decisionComment());
        put(node, "decidedAt", row.decidedAt());
        put(node, "dueAt", row.dueAt());
        put(node, "delegatedTo", row.delegatedTo());
        node.put("escalationLevel", row.escalationLevel()).put("sequenceOrder", row.sequenceOrder());
        if (row.contextSnapshot() != null) {
            node.set("contextSnapshot", row.contextSnapshot().deepCopy());
        }
        put(node, "createdAt", row.createdAt());
        return node;
    }

    public static ObjectNode comment(ApprovalCommentRow row) {
        return JSON.createObjectNode()
                .put("id", row.id())
                .put("approvalRequestId", row.requestId())
                .put("authorId", row.authorId())
                .put("content", row.content())
                .put("isInternal", row.internal())
                .put("createdAt", row.createdAt().toString());
    }

    static String text(JsonNode input, String field) {
        JsonNode value = input.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void put(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
