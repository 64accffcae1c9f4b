package io.contractspec.examples.workflow.engine;


import io.contractspec.examples.workflow.approval.ApprovalRequestRow;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.examples.workflow.instance.TimerKind;
import io.contractspec.examples.workflow.instance.TimerRow;
import java.util.Optional;

/** What a step's timer and an approval's SLA timer do when they run out. */
final class StepTimeouts {

    private StepTimeouts() {}

    /**
     * A wait step follows {@code timeout}, else {@code next}. Any other step follows its
     * {@code timeout} transition if it has one; otherwise the instance times out.
     */
    static void fire(InstanceEngine engine, EngineCall call, InstanceRow instance, WorkflowGraph graph, TimerRow timer) {
        Optional<StepExecutionRow> execution = engine.stores().executions().find(call.session(), timer.stepExecutionId())
                .filter(StepExecutionRow::isActive);
        if (execution.isEmpty()) {
            return;
        }
        StepRow step = graph.step(execution.get().stepKey()).orElseThrow();
        Transitions transitions = Transitions.of(step);
        Optional<Transition> timeout = transitions.get(Transitions.TIMEOUT);
        if (step.type() == StepType.WAIT && timeout.isEmpty()) {
            engine.take(call, instance, graph, execution.get(), transitions.get(Transitions.NEXT).orElseThrow(), null,
                    null, ExecutionStatus.COMPLETED);
        } else if (timeout.isPresent()) {
            engine.take(call, instance, graph, execution.get(), timeout.get(), null, null, ExecutionStatus.TIMEOUT);
        } else {
            engine.endings().timeOut(call, instance, step);
        }
    }

    /** Raises a still pending request's escalation level and sets the next escalation one SLA later. */
    static void escalate(InstanceEngine engine, EngineCall call, InstanceRow instance, WorkflowGraph graph, TimerRow timer) {
        Optional<ApprovalRequestRow> request = engine.stores().requests()
                .find(call.session(), timer.organizationId(), timer.requestId())
                .filter(ApprovalRequestRow::isPending);
        if (request.isEmpty()) {
            return;
        }
        StepExecutionRow execution = engine.stores().executions().find(call.session(), timer.stepExecutionId())
                .orElseThrow();
        StepRow step = graph.step(execution.stepKey()).orElseThrow();
        int sla = step.slaSeconds();
        ApprovalRequestRow escalated = engine.stores().requests().update(call.session(),
                request.get().escalated(call.now().plusSeconds(sla)));
        engine.stores().timers().insert(call.session(), TimerRow.due(WorkflowIds.next("tmr"),
                instance.organizationId(), instance.id(), execution.id(), escalated.id(), TimerKind.APPROVAL_SLA,
                escalated.dueAt()));
        EngineEvents.approvalEscalated(call, instance, escalated, sla);
    }
}
