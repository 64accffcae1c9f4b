package io.contractspec.examples.workflow.engine;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.examples.workflow.instance.TimerKind;
import io.contractspec.examples.workflow.instance.TimerRow;
import java.util.List;

/**
 * The state machine: moves an instance into steps and out of them within the caller's
 * transaction, records every entry and exit as a step execution, and emits the matching events.
 * Start, condition and the joins of parallel steps advance by themselves; task, approval, wait,
 * action and parallel steps stop and wait for an action, a decision or a timer. Each public method
 * ends by saving the instance with its optimistic version check.
 */
public final class InstanceEngine {

    /** Automatic steps in a row beyond which the graph must loop; the instance fails instead of spinning. */
    private static final int MAX_AUTOMATIC_MOVES = 100;

    private final Stores stores;
    private final ApprovalRequests approvals;
    private final Endings endings;

    public InstanceEngine(Stores stores) {
        this.stores = stores;
        this.approvals = new ApprovalRequests(stores);
        this.endings = new Endings(stores);
    }

    public Stores stores() {
        return stores;
    }

    ApprovalRequests approvals() {
        return approvals;
    }

    public Endings endings() {
        return endings;
    }

    /** Inserts a new instance and moves it into its entry step (and on, through automatic steps). */
    public void start(EngineCall call, WorkflowGraph graph, InstanceRow instance) {
        stores.instances().insert(call.session(), instance);
        EngineEvents.instanceStarted(call, instance);
        instance.startedAt(call.now());
        enter(call, instance, graph, graph.entry().orElseThrow(), null, null, null, 0);
        stores.instances().update(call.session(), instance);
    }

    /**
     * Takes a transition out of an open step visit: merges the action's data into the context,
     * leaves the step (or finishes the parallel branch) and enters the target.
     */
    public void take(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepExecutionRow execution,
            Transition transition, JsonNode data, String comment, ExecutionStatus exitStatus) {
        take(call, instance, graph, execution, transition, data, comment, exitStatus, true);
    }

    /** As above; {@code openRequests} false when the caller just read the visit's requests and none is pending. */
    void take(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepExecutionRow execution,
            Transition transition, JsonNode data, String comment, ExecutionStatus exitStatus, boolean openRequests) {
        merge(instance, data);
        if (execution.parentExecutionId() != null) {
            finishBranch(call, instance, graph, execution, exitStatus, transition.action(), comment);
        } else {
            StepRow from = graph.step(execution.stepKey()).orElseThrow();
            exit(call, instance, from, execution, exitStatus, transition.action(), comment, openRequests);
            enter(call, instance, graph, graph.step(transition.to()).orElseThrow(), from.key(), null,
                    transition.action(), 0);
        }
        stores.instances().update(call.session(), instance);
    }

    static void merge(InstanceRow instance, JsonNode data) {
        if (data != null && data.isObject()) {
            ObjectNode merged = instance.contextData().deepCopy();
            merged.setAll((ObjectNode) data);
            instance.contextData(merged);
        }
    }

    void exit(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution, ExecutionStatus status,
            String action, String comment) {
        exit(call, instance, step, execution, status, action, comment, true);
    }

    private void exit(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution,
            ExecutionStatus status, String action, String comment, boolean openRequests) {
        StepExecutionRow closed = stores.executions().close(call.session(), execution, status, action, call.actorId(),
                comment, null, call.now());
        if (hasTimers(step)) {
            stores.timers().deleteOfExecution(call.session(), execution.id());
        }
        if (execution.stepType() == StepType.APPROVAL && openRequests) {
            approvals.closeOpen(call, execution.id(), io.contractspec.examples.workflow.approval.RequestStatus.WITHDRAWN);
        }
        EngineEvents.stepExited(call, instance, closed);
    }

    void enter(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepRow step, String previousStepKey,
            String parentExecutionId, String arrivingAction, int automaticMoves) {
        StepExecutionRow execution = StepExecutionRow.entered(WorkflowIds.next("exec"), instance.id(), step,
                parentExecutionId, call.now());
        Transition passing = automaticMoves < MAX_AUTOMATIC_MOVES ? passingTransition(instance, step) : null;
        if (passing != null) {
            passThrough(call, instance, graph, step, execution, previousStepKey, passing, automaticMoves);
            return;
        }
        // An end step is left as soon as it is entered: its visit is stored closed, in one statement.
        StepExecutionRow stored = step.type() != StepType.END ? execution : execution.closed(ExecutionStatus.COMPLETED,
                arrivingAction, call.actorId(), null, null, call.now());
        stores.executions().insert(call.session(), stored);
        EngineEvents.stepEntered(call, instance, execution, previousStepKey);
        if (parentExecutionId == null) {
            instance.currentStep(step.id(), step.key());
        }
        scheduleTimeout(call, instance, step, execution);
        switch (step.type()) {
            case START -> follow(call, instance, graph, step, execution,
                    Transitions.of(step).automatic(Transitions.NEXT).orElseThrow(), automaticMoves);
            case TASK -> settle(instance, parentExecutionId, InstanceStatus.RUNNING);
            case APPROVAL -> {
                settle(instance, parentExecutionId, InstanceStatus.WAITING);
                approvals.open(call, instance, step, execution);
            }
            case WAIT -> settle(instance, parentExecutionId, InstanceStatus.WAITING);
            case ACTION -> {
                instance.status(InstanceStatus.RUNNING);
                schedule(call, instance, execution, null, TimerKind.ACTION_RUN, call.now());
            }
            case CONDITION -> choose(call, instance, graph, step, execution, automaticMoves);
            case PARALLEL -> fork(call, instance, graph, step, execution);
            case END -> {
                EngineEvents.stepExited(call, instance, stored);
                endings.complete(call, instance, graph, arrivingAction == null ? "completed" : arrivingAction);
            }
        }
    }

    /**
     * The transition a start or condition step is left through as soon as it is entered; null for other steps,
     * and for a condition step none of whose transitions applies (the instance then fails).
     */
    private static Transition passingTransition(InstanceRow instance, StepRow step) {
        return switch (step.type()) {
            case START -> Transitions.of(step).automatic(Transitions.NEXT).orElseThrow();
            case CONDITION -> chosen(Transitions.of(step), instance.contextData());
            default -> null;
        };
    }

    /**
     * Visits a step that is left at once: its visit is stored already closed, in one statement, and no timer is
     * set for it; the events are those of entering and leaving it.
     */
    private void passThrough(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepRow step,
            StepExecutionRow execution, String previousStepKey, Transition transition, int automaticMoves) {
        StepExecutionRow closed = execution.closed(ExecutionStatus.COMPLETED, transition.action(), call.actorId(), null,
                null, call.now());
        stores.executions().insert(call.session(), closed);
        EngineEvents.stepEntered(call, instance, execution, previousStepKey);
        instance.currentStep(step.id(), step.key());
        EngineEvents.stepExited(call, instance, closed);
        enter(call, instance, graph, graph.step(transition.to()).orElseThrow(), step.key(), null, transition.action(),
                automaticMoves + 1);
    }

    /** A branch's status does not replace the parallel step's; the fork decides it. */
    private static void settle(InstanceRow instance, String parentExecutionId, InstanceStatus status) {
        if (parentExecutionId == null) {
            instance.status(status);
        }
    }

    /**
     * Whether visits to the step can have timers: a timeout, an approval's SLA or an action run. The
     * graph is fixed once published, so a step without any needs no timer deleted when it is left.
     */
    static boolean hasTimers(StepRow step) {
        return step.timeoutSeconds() != null || step.slaSeconds() != null || step.type() == StepType.ACTION;
    }

    private void scheduleTimeout(EngineCall call, InstanceRow instance, StepRow step, StepExecutionRow execution) {
        if (step.timeoutSeconds() != null && step.type() != StepType.END) {
            schedule(call, instance, execution, null, TimerKind.STEP_TIMEOUT, call.now().plusSeconds(step.timeoutSeconds()));
        }
    }

    void schedule(EngineCall call, InstanceRow instance, StepExecutionRow execution, String requestId, TimerKind kind,
            java.time.Instant dueAt) {
        stores.timers().insert(call.session(), TimerRow.due(WorkflowIds.next("tmr"), instance.organizationId(),
                instance.id(), execution.id(), requestId, kind, dueAt));
    }

    private void follow(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepRow step,
            StepExecutionRow execution, Transition transition, int automaticMoves) {
        if (automaticMoves >= MAX_AUTOMATIC_MOVES) {
            endings.fail(call, instance, execution, step.key(), "more than " + MAX_AUTOMATIC_MOVES
                    + " automatic steps in a row; the graph loops");
            return;
        }
        exit(call, instance, step, execution, ExecutionStatus.COMPLETED, transition.action(), null);
        enter(call, instance, graph, graph.step(transition.to()).orElseThrow(), step.key(), null, transition.action(),
                automaticMoves + 1);
    }

    private void choose(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepRow step,
            StepExecutionRow execution, int automaticMoves) {
        Transition chosen = chosen(Transitions.of(step), instance.contextData());
        if (chosen == null) {
            endings.fail(call, instance, execution, step.key(), "no condition of step '" + step.key()
                    + "' holds and it has no 'default' transition");
            return;
        }
        follow(call, instance, graph, step, execution, chosen, automaticMoves);
    }

    /** The first transition whose condition holds, else the 'default' one; null when there is neither. */
    private static Transition chosen(Transitions transitions, JsonNode data) {
        return transitions.all().stream()
                .filter(transition -> transition.condition().map(condition -> condition.test(data)).orElse(false))
                .findFirst()
                .or(() -> transitions.get(Transitions.DEFAULT))
                .orElse(null);
    }

    private void fork(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepRow step, StepExecutionRow execution) {
        instance.status(InstanceStatus.RUNNING);
        for (String branch : Transitions.of(step).branches()) {
            enter(call, instance, graph, graph.step(branch).orElseThrow(), step.key(), execution.id(), null, 0);
        }
        refreshParallelStatus(call, instance, execution.id());
    }

    /** Closes one branch; when it was the last open one, leaves the parallel step through 'next'. */
    void finishBranch(EngineCall call, InstanceRow instance, WorkflowGraph graph, StepExecutionRow branch,
            ExecutionStatus exitStatus, String action, String comment) {
        exit(call, instance, graph.step(branch.stepKey()).orElseThrow(), branch, exitStatus, action, comment);
        StepExecutionRow parallel = stores.executions().find(call.session(), branch.parentExecutionId()).orElseThrow();
        List<StepExecutionRow> branches = stores.executions().branches(call.session(), parallel.id());
        if (branches.stream().anyMatch(StepExecutionRow::isActive)) {
            refreshParallelStatus(call, instance, parallel.id());
            return;
        }
        StepRow step = graph.step(parallel.stepKey()).orElseThrow();
        follow(call, instance, graph, step, parallel, Transitions.of(step).get(Transitions.NEXT).orElseThrow(), 0);
    }

    /** Waiting while only approvals are open, running while a task branch is. */
    private void refreshParallelStatus(EngineCall call, InstanceRow instance, String parallelExecutionId) {
        boolean onlyApprovals = stores.executions().branches(call.session(), parallelExecutionId).stream()
                .filter(StepExecutionRow::isActive)
                .allMatch(branch -> branch.stepType() == StepType.APPROVAL);
        instance.status(onlyApprovals ? InstanceStatus.WAITING : InstanceStatus.RUNNING);
    }
}
