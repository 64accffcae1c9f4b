package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.approval.ApprovalRequestRow;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.examples.workflow.instance.TimerKind;
import io.contractspec.examples.workflow.instance.TimerRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the requests of an approval step: one per approver, roles first, then user ids. A
 * sequential step asks its approvers one at a time, in that order; the others ask everyone at once.
 * A step with {@code slaSeconds} gives each request a due time and an escalation timer.
 */
final class ApprovalRequests {

    private final Stores stores;

    ApprovalRequests(Stores stores) {
        this.stores = stores;
    }

    /** The approvers of a step, in asking order: {@code role:<role>} per role, then the user ids. */
    static List<String[]> approvers(StepRow step) {
        List<String[]> approvers = new ArrayList<>();
        step.approverRoles().forEach(role -> approvers.add(new String[] {ApprovalRequestRow.roleApprover(role), role}));
        step.approverUserIds().forEach(user -> approvers.add(new String[] {user, null}));
        return approvers;
    }

    /** Asks the approvers of a step that was just entered. */
    void open(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution) {
        List<String[]> approvers = approvers(step);
        boolean sequential = step.approvalMode() == ApprovalMode.SEQUENTIAL;
        int count = sequential ? Math.min(1, approvers.size()) : approvers.size();
        for (int i = 0; i < count; i++) {
            ask(call, instance, step, execution, approvers.get(i), sequential ? i + 1 : 0);
        }
    }

    /** Asks the next approver of a sequential step, if there is one left. */
    boolean askNext(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution, int asked) {
        List<String[]> approvers = approvers(step);
        if (asked >= approvers.size()) {
            return false;
        }
        ask(call, instance, step, execution, approvers.get(asked), asked + 1);
        return true;
    }

    private void ask(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution, String[] approver,
            int sequenceOrder) {
        var dueAt = step.slaSeconds() == null ? null : call.now().plusSeconds(step.slaSeconds());
        ApprovalRequestRow request = new ApprovalRequestRow(WorkflowIds.next("req"), instance.organizationId(),
                instance.id(), execution.id(), approver[0], approver[1], title(instance, step), step.description(),
                RequestStatus.PENDING, null, null, null, null, dueAt, null, null, 0, sequenceOrder,
                instance.contextData().deepCopy(), call.now(), 0);
        stores.requests().insert(call.session(), request);
        if (dueAt != null) {
            stores.timers().insert(call.session(), TimerRow.due(WorkflowIds.next("tmr"), instance.organizationId(),
                    instance.id(), execution.id(), request.id(), TimerKind.APPROVAL_SLA, dueAt));
        }
        EngineEvents.approvalRequested(call, instance, step, request);
    }

    private static String title(InstanceRow instance, StepRow step) {
        String about = instance.referenceId() == null ? ""
                : " for " + (instance.referenceType() == null ? "" : instance.referenceType() + " ") + instance.referenceId();
        return step.name() + " (" + instance.workflowKey() + ")" + about;
    }

    /** Marks the still pending requests of a step visit as withdrawn (or expired) and stops their timers. */
    void closeOpen(EngineCall call, String stepExecutionId, RequestStatus status) {
        for (ApprovalRequestRow request : stores.requests().ofExecution(call.session(), stepExecutionId)) {
            if (request.isPending()) {
                stores.requests().update(call.session(), request.withStatus(status));
                stores.timers().deleteOfRequest(call.session(), request.id());
            }
        }
    }
}
