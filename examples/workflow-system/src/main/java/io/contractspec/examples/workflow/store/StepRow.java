package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.StepType;
import java.util.List;

/**
 * A stored step of a definition. {@code transitions} is the JSON the designer wrote (see
 * {@code engine.Transitions}); {@code actionConfig} tells an action step which operation to run.
 * Steps never change once added: only drafts take steps, and a published graph is fixed.
 */
public record StepRow(
        String id,
        String definitionId,
        String key,
        String name,
        String description,
        StepType type,
        int order,
        ObjectNode transitions,
        ApprovalMode approvalMode,
        List<String> approverRoles,
        List<String> approverUserIds,
        Integer timeoutSeconds,
        Integer slaSeconds,
        JsonNode actionConfig) {

    public StepRow {
        approverRoles = approverRoles == null ? List.of() : List.copyOf(approverRoles);
        approverUserIds = approverUserIds == null ? List.of() : List.copyOf(approverUserIds);
    }
}
