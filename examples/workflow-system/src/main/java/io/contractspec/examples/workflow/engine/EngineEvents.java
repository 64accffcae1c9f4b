package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_TIMED_OUT;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.StepExecutionRow;
import io.contractspec.examples.workflow.store.StepRow;

/** Builds the payloads of the events the engine emits as instances move. */
public final class EngineEvents {

    static final ObjectMapper JSON = io.contractspec.schema.ExactJson.mapper();

    private EngineEvents() {}

    /** Who did what, where and when: the start of every payload. */
    public static ObjectNode base(EngineCall call, String organizationId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("organizationId", organizationId);
        payload.put("actorId", call.actorId());
        payload.put("occurredAt", call.now().toString());
        return payload;
    }

    public static ObjectNode instance(EngineCall call, InstanceRow instance) {
        return base(call, instance.organizationId())
                .put("instanceId", instance.id())
                .put("workflowKey", instance.workflowKey());
    }

    static void stepEntered(EngineCall call, InstanceRow instance, StepExecutionRow execution, String previousStepKey) {
        ObjectNode payload = instance(call, instance)
                .put("stepExecutionId", execution.id())
                .put("stepKey", execution.stepKey())
                .put("stepType", execution.stepType().wire());
        if (previousStepKey != null) {
            payload.put("previousStepKey", previousStepKey);
        }
        call.events().emit(STEP_ENTERED, payload);
    }

    static void stepExited(EngineCall call, InstanceRow instance, StepExecutionRow execution) {
        ObjectNode payload = instance(call, instance)
                .put("stepExecutionId", execution.id())
                .put("stepKey", execution.stepKey())
                .put("status", execution.status().wire());
        if (execution.action() != null) {
            payload.put("action", execution.action());
        }
        call.events().emit(STEP_EXITED, payload);
    }

    static void approvalRequested(EngineCall call, InstanceRow instance, StepRow step, ApprovalRequestRow request) {
        ObjectNode payload = base(call, instance.organizationId())
                .put("requestId", request.id())
                .put("instanceId", instance.id())
                .put("workflowKey", instance.workflowKey())
                .put("stepKey", step.key())
                .put("approverId", request.approverId())
                .put("title", request.title());
        if (request.approverRole() != null) {
            payload.put("approverRole", request.approverRole());
        }
        if (request.dueAt() != null) {
            payload.put("dueAt", request.dueAt().toString());
        }
        call.events().emit(APPROVAL_REQUESTED, payload);
    }

    static void instanceCompleted(EngineCall call, InstanceRow instance) {
        ObjectNode payload = instance(call, instance).put("outcome", instance.outcome());
        if (instance.resultData() != null) {
            payload.set("resultData", instance.resultData());
        }
        call.events().emit(INSTANCE_COMPLETED, payload);
    }

    static void instanceFailed(EngineCall call, InstanceRow instance, String stepKey) {
        call.events().emit(INSTANCE_FAILED, instance(call, instance)
                .put("stepKey", stepKey)
                .put("errorMessage", instance.errorMessage()));
    }

    static void instanceTimedOut(EngineCall call, InstanceRow instance, StepRow step) {
        call.events().emit(INSTANCE_TIMED_OUT, instance(call, instance)
                .put("stepKey", step.key())
                .put("timeoutSeconds", step.timeoutSeconds()));
    }
}
