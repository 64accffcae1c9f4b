package io.contractspec.examples.workflow.engine;

import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.instance.StepExecutionRow;

/**
 * How instances finish: completed at an end step, failed, timed out or cancelled. Every ending
 * stops the instance's timers, closes its open step visits and withdraws (or expires) its open
 * approval requests, so nothing of a finished instance can still move.
 */
public final class Endings {

    private final Stores stores;

    Endings(Stores stores) {
        this.stores = stores;
    }

    void complete(EngineCall call, InstanceRow instance, WorkflowGraph graph, String outcome) {
        finish(call, instance, InstanceStatus.COMPLETED, ExecutionStatus.SKIPPED, RequestStatus.WITHDRAWN,
                graph.hasTimers());
        instance.outcome(outcome).resultData(instance.contextData().deepCopy());
        EngineEvents.instanceCompleted(call, instance);
    }

    void fail(EngineCall call, InstanceRow instance, StepExecutionRow execution, String stepKey, String message) {
        stores.executions().close(call.session(), execution, ExecutionStatus.FAILED, null, call.actorId(), null,
                message, call.now());
        finish(call, instance, InstanceStatus.FAILED, ExecutionStatus.SKIPPED, RequestStatus.WITHDRAWN, true);
        instance.errorMessage(message);
        EngineEvents.instanceFailed(call, instance, stepKey);
    }

    /** The step's timer ran out and it has no 'timeout' transition. */
    public void timeOut(EngineCall call, InstanceRow instance, StepRow step) {
        finish(call, instance, InstanceStatus.TIMEOUT, ExecutionStatus.TIMEOUT, RequestStatus.EXPIRED, true);
        EngineEvents.instanceTimedOut(call, instance, step);
        stores.instances().update(call.session(), instance);
    }

    /** Cancels the instance; the caller emits the cancelled event with the saved instance. */
    public void cancel(EngineCall call, InstanceRow instance, String reason) {
        finish(call, instance, InstanceStatus.CANCELLED, ExecutionStatus.SKIPPED, RequestStatus.WITHDRAWN, true);
        instance.errorMessage(null);
        stores.instances().update(call.session(), instance);
    }

    /**
     * Closes what is still open without reading it: the instance's version check, when the caller saves it,
     * makes any transition that raced this one lose. Pending requests only exist on open visits.
     */
    private void finish(EngineCall call, InstanceRow instance, InstanceStatus status, ExecutionStatus openVisits,
            RequestStatus openRequests, boolean mayHaveTimers) {
        stores.requests().closePendingOfInstance(call.session(), instance.id(), openRequests);
        stores.executions().closeActiveOfInstance(call.session(), instance.id(), openVisits, call.actorId(),
                call.now());
        if (mayHaveTimers) {
            stores.timers().deleteOfInstance(call.session(), instance.id());
        }
        instance.status(status).statusBeforePause(null).currentStep(null, null).completedAt(call.now());
    }
}
