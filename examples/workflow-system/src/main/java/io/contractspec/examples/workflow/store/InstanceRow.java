package io.contractspec.examples.workflow.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import java.time.Instant;

/**
 * A workflow instance as one transaction works on it: read with its row version, changed by the
 * engine, then saved with {@link InstanceRepository#update}, which fails with CONFLICT when another
 * transaction saved it first. Mutable on purpose; it never outlives the transaction that read it.
 */
public final class InstanceRow {

    private final String id;
    private final String organizationId;
    private final String definitionId;
    private final String workflowKey;
    private final String triggeredBy;
    private final int priority;
    private final String referenceId;
    private final String referenceType;
    private final Instant dueAt;
    private final Instant createdAt;
    private InstanceStatus status;
    private InstanceStatus statusBeforePause;
    private String currentStepId;
    private String currentStepKey;
    private ObjectNode contextData;
    private String outcome;
    private ObjectNode resultData;
    private String errorMessage;
    private Instant startedAt;
    private Instant completedAt;
    private long version;

    public InstanceRow(String id, String organizationId, String definitionId, String workflowKey, String triggeredBy,
            int priority, String referenceId, String referenceType, Instant dueAt, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.definitionId = definitionId;
        this.workflowKey = workflowKey;
        this.triggeredBy = triggeredBy;
        this.priority = priority;
        this.referenceId = referenceId;
        this.referenceType = referenceType;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.status = InstanceStatus.PENDING;
        this.contextData = Jdbc.JSON.createObjectNode();
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String definitionId() { return definitionId; }
    public String workflowKey() { return workflowKey; }
    public String triggeredBy() { return triggeredBy; }
    public int priority() { return priority; }
    public String referenceId() { return referenceId; }
    public String referenceType() { return referenceType; }
    public Instant dueAt() { return dueAt; }
    public Instant createdAt() { return createdAt; }
    public InstanceStatus status() { return status; }
    public InstanceStatus statusBeforePause() { return statusBeforePause; }
    public String currentStepId() { return currentStepId; }
    public String currentStepKey() { return currentStepKey; }
    public ObjectNode contextData() { return contextData; }
    public String outcome() { return outcome; }
    public ObjectNode resultData() { return resultData; }
    public String errorMessage() { return errorMessage; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public long version() { return version; }

    public InstanceRow status(InstanceStatus status) {
        this.status = status;
        return this;
    }

    public InstanceRow statusBeforePause(InstanceStatus status) {
        this.statusBeforePause = status;
        return this;
    }

    public InstanceRow currentStep(String stepId, String stepKey) {
        this.currentStepId = stepId;
        this.currentStepKey = stepKey;
        return this;
    }

    public InstanceRow contextData(ObjectNode contextData) {
        this.contextData = contextData == null ? Jdbc.JSON.createObjectNode() : contextData;
        return this;
    }

    public InstanceRow outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public InstanceRow resultData(ObjectNode resultData) {
        this.resultData = resultData;
        return this;
    }

    public InstanceRow errorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        return this;
    }

    public InstanceRow startedAt(Instant startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    public InstanceRow completedAt(Instant completedAt) {
        this.completedAt = completedAt;
        return this;
    }

    InstanceRow version(long version) {
        this.version = version;
        return this;
    }
}
