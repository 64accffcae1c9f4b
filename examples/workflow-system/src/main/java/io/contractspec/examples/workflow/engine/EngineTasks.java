package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_ESCALATED;
import static io.contractspec.examples.workflow.approval.ApprovalEvents.APPROVAL_REQUESTED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_COMPLETED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_FAILED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.INSTANCE_TIMED_OUT;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_ENTERED;
import static io.contractspec.examples.workflow.instance.InstanceEvents.STEP_EXITED;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.command;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;

/**
 * The work the engine does on its own, declared like operations that no surface exposes and run
 * through {@link io.contractspec.runtime.OperationExecutor#runAsSystem}: the runtime checks each
 * event against what the task declares, writes it to the outbox with the task's audit record
 * ({@code actor = system}, {@code onBehalfOf} = the human it ran for) and records a span.
 */
final class EngineTasks {

    /** What a task's audit record holds: the timer and the instance it belongs to. */
    private static final Model TIMER_SUBJECT = Model.builder("TimerSubject")
            .required("timerId", Scalar.ID)
            .required("instanceId", Scalar.ID)
            .required("kind", Scalar.NON_EMPTY_STRING)
            .optional("succeeded", Scalar.BOOLEAN)
            .build();

    /** A step timeout or an approval SLA ran out. */
    static final OperationSpec FIRE_TIMER = command("workflow.timer.fire")
            .description("A step's timeout or an approval request's SLA ran out: time the step out or escalate.")
            .input(TIMER_SUBJECT)
            .output(TIMER_SUBJECT)
            .emits(STEP_EXITED, "The timed-out step is left through its 'timeout' transition")
            .emits(STEP_ENTERED, "The instance enters the 'timeout' target, and each step it advances to by itself")
            .emits(APPROVAL_REQUESTED, "That target is an approval step")
            .emits(APPROVAL_ESCALATED, "An approval request stayed open past its SLA")
            .emits(INSTANCE_COMPLETED, "The 'timeout' transition leads to an end step")
            .emits(INSTANCE_FAILED, "A step on the way fails")
            .emits(INSTANCE_TIMED_OUT, "The step has no 'timeout' transition")
            .audit("workflow.timer.fired")
            .build();

    /** An action step's operation ran (or failed for the last time): follow success or failure. */
    static final OperationSpec RECORD_ACTION = command("workflow.action.record")
            .description("An action step's operation finished: follow 'success', retry later, or follow 'failure'.")
            .input(TIMER_SUBJECT)
            .output(TIMER_SUBJECT)
            .emits(STEP_EXITED, "The action step is left")
            .emits(STEP_ENTERED, "The instance enters the next step, and each step it advances to by itself")
            .emits(APPROVAL_REQUESTED, "The next step is an approval step")
            .emits(INSTANCE_COMPLETED, "The next step is an end step")
            .emits(INSTANCE_FAILED, "The action failed for the last time with no 'failure' transition")
            .audit("workflow.action.recorded")
            .build();

    private EngineTasks() {}
}
