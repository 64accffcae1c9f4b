package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_ESCALATED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_STARTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_TIMED_OUT;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;

import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalEscalated;
import io.contractspec.examples.workflow.approval.ApprovalRecords.ApprovalRequested;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceCompleted;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceFailed;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceStarted;
import io.contractspec.examples.workflow.instance.InstanceRecords.InstanceTimedOut;
import io.contractspec.examples.workflow.instance.InstanceRecords.StepEntered;
import io.contractspec.examples.workflow.instance.InstanceRecords.StepExited;
import io.contractspec.examples.workflow.store.ApprovalRequestRow;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.StepExecutionRow;
import io.contractspec.examples.workflow.store.StepRow;

/** The events the engine emits as instances move, each built from the rows it is about. */
final class EngineEvents {

    private EngineEvents() {}

    static void instanceStarted(EngineCall call, InstanceRow instance) {
        call.events().emit(INSTANCE_STARTED, new InstanceStarted(instance.organizationId(), call.actorId(), call.now(),
                instance.id(), instance.workflowKey(), instance.definitionId(), instance.priority(),
                instance.referenceId(), instance.referenceType()));
    }

    static void stepEntered(EngineCall call, InstanceRow instance, StepExecutionRow execution, String previousStepKey) {
        call.events().emit(STEP_ENTERED, new StepEntered(instance.organizationId(), call.actorId(), call.now(),
                instance.id(), instance.workflowKey(), execution.id(), execution.stepKey(), execution.stepType(),
                previousStepKey));
    }

    static void stepExited(EngineCall call, InstanceRow instance, StepExecutionRow execution) {
        call.events().emit(STEP_EXITED, new StepExited(instance.organizationId(), call.actorId(), call.now(),
                instance.id(), instance.workflowKey(), execution.id(), execution.stepKey(), execution.action(),
                execution.status()));
    }

    static void approvalRequested(EngineCall call, InstanceRow instance, StepRow step, ApprovalRequestRow request) {
        call.events().emit(APPROVAL_REQUESTED, new ApprovalRequested(instance.organizationId(), call.actorId(),
                call.now(), request.id(), instance.id(), instance.workflowKey(), step.key(), request.approverId(),
                request.approverRole(), request.title(), request.dueAt()));
    }

    static void approvalEscalated(EngineCall call, InstanceRow instance, ApprovalRequestRow request, int slaSeconds) {
        call.events().emit(APPROVAL_ESCALATED, new ApprovalEscalated(instance.organizationId(), call.actorId(),
                call.now(), request.id(), instance.id(), request.escalationLevel(), slaSeconds));
    }

    static void instanceCompleted(EngineCall call, InstanceRow instance) {
        call.events().emit(INSTANCE_COMPLETED, new InstanceCompleted(instance.organizationId(), call.actorId(),
                call.now(), instance.id(), instance.workflowKey(), instance.outcome(), instance.resultData()));
    }

    static void instanceFailed(EngineCall call, InstanceRow instance, String stepKey) {
        call.events().emit(INSTANCE_FAILED, new InstanceFailed(instance.organizationId(), call.actorId(), call.now(),
                instance.id(), instance.workflowKey(), stepKey, instance.errorMessage()));
    }

    static void instanceTimedOut(EngineCall call, InstanceRow instance, StepRow step) {
        call.events().emit(INSTANCE_TIMED_OUT, new InstanceTimedOut(instance.organizationId(), call.actorId(),
                call.now(), instance.id(), instance.workflowKey(), step.key(), step.timeoutSeconds()));
    }
}
