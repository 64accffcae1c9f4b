package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import java.time.Instant;

/** A stored workflow definition; {@code revision} is the definition's version number, {@code version} the row's. */
public record DefinitionRow(
        String id,
        String organizationId,
        String key,
        String name,
        String description,
        int revision,
        DefinitionStatus status,
        String triggerType,
        JsonNode triggerConfig,
        String featureFlagKey,
        JsonNode settings,
        String initialStepId,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        long version) {

    public DefinitionRow withSettings(String name, String description, String triggerType, JsonNode triggerConfig,
            String featureFlagKey, JsonNode settings, Instant updatedAt) {
        return new DefinitionRow(id, organizationId, key, name, description, revision, status, triggerType,
                triggerConfig, featureFlagKey, settings, initialStepId, createdAt, updatedAt, publishedAt, version);
    }

    public DefinitionRow published(String initialStepId, Instant at) {
        return new DefinitionRow(id, organizationId, key, name, description, revision, DefinitionStatus.ACTIVE,
                triggerType, triggerConfig, featureFlagKey, settings, initialStepId, createdAt, at, at, version);
    }
}
