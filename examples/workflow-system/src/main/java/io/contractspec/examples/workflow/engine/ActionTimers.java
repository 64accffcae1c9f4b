package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.shared.EventPayloads.SYSTEM_ACTOR;

import io.contractspec.examples.workflow.definition.DefinitionRepository;
import io.contractspec.examples.workflow.definition.StepRow;
import io.contractspec.examples.workflow.instance.ExecutionStatus;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.StepExecutionRow;
import io.contractspec.examples.workflow.instance.TimerRow;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs action steps from their leased timers, in three steps: the worker leased the timer in one
 * transaction; the operation runs in its own unit of work; a last transaction checks the lease is
 * still this worker's (the timer's version is unchanged), then follows {@code success}, schedules
 * a retry, or follows {@code failure} (else fails the instance). A worker that dies mid-run leaves a
 * lease that runs out, and another worker runs the action again: the action runs at least once,
 * the instance moves exactly once. The last step is system work ({@link EngineTasks#RECORD_ACTION})
 * on behalf of the publisher whose authority the action ran with: its events, audit record and span
 * are written as for any call.
 */
public final class ActionTimers {

    private final UnitOfWork unitOfWork;
    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final Supplier<OperationExecutor> executor;
    private final ActionAuthority authority;
    private final String owner;
    private final Duration leaseDuration;

    public ActionTimers(UnitOfWork unitOfWork, InstanceEngine engine, GraphCache graphs,
            Supplier<OperationExecutor> executor, ActionAuthority authority, String owner, Duration leaseDuration) {
        this.unitOfWork = unitOfWork;
        this.engine = engine;
        this.graphs = graphs;
        this.executor = executor;
        this.authority = authority;
        this.owner = owner;
        this.leaseDuration = leaseDuration;
    }

    String owner() {
        return owner;
    }

    Duration leaseDuration() {
        return leaseDuration;
    }

    void run(TimerRow timer, Instant now) {
        Optional<Prepared> prepared = read(timer);
        if (prepared.isEmpty()) {
            return;
        }
        ActionPolicy policy = ActionPolicy.of(prepared.get().step().actionConfig());
        ActionRunner.Outcome outcome = authority.run(policy, prepared.get().publisher(), timer.organizationId(),
                new ManualClock(now));
        InstanceRow instance = prepared.get().instance();
        Principal onBehalfOf = Principal.of(prepared.get().publisher()
                .map(DefinitionRepository.Publisher::userId).orElse(instance.triggeredBy()), instance.organizationId());
        executor.get().runAsSystem(EngineTasks.RECORD_ACTION, TimerWorker.systemContext(onBehalfOf, now),
                TimerWorker.subject(timer, outcome.succeeded()), context -> {
                    context.about(timer.instanceId());
                    apply(EngineCall.of(context, SYSTEM_ACTOR), timer, policy, outcome);
                    return null;
                });
    }

    private record Prepared(InstanceRow instance, StepRow step, Optional<DefinitionRepository.Publisher> publisher) {}

    private Optional<Prepared> read(TimerRow timer) {
        try {
            return unitOfWork.run(transaction -> {
                var session = JdbcSession.of(transaction);
                Optional<InstanceRow> instance = engine.stores().instances()
                        .find(session, timer.organizationId(), timer.instanceId());
                Optional<StepExecutionRow> execution = engine.stores().executions().find(session, timer.stepExecutionId());
                if (instance.isEmpty() || execution.isEmpty()) {
                    return Optional.<Prepared>empty();
                }
                WorkflowGraph graph = graphs.of(session, instance.get().definitionId());
                var publisher = engine.stores().definitions().publisher(session, instance.get().definitionId());
                return graph.step(execution.get().stepKey()).map(step -> new Prepared(instance.get(), step, publisher));
            });
        } catch (Exception e) {
            throw new IllegalStateException("reading action timer " + timer.id() + " failed", e);
        }
    }

    private void apply(EngineCall call, TimerRow leased, ActionPolicy policy, ActionRunner.Outcome outcome) {
        var stores = engine.stores();
        TimerRow timer = stores.timers().find(call.session(), leased.id())
                .filter(current -> current.version() == leased.version())
                .orElse(null);
        if (timer == null) {
            return; // the lease ran out and another worker took over, or the instance moved on
        }
        InstanceRow instance = stores.instances().find(call.session(), timer.organizationId(), timer.instanceId())
                .orElseThrow();
        StepExecutionRow execution = stores.executions().find(call.session(), timer.stepExecutionId()).orElseThrow();
        if (!instance.status().isActive() || !execution.isActive()) {
            stores.timers().reschedule(call.session(), timer, timer.dueAt(), timer.attempts()); // just drop the lease
            return;
        }
        WorkflowGraph graph = graphs.of(call.session(), instance.definitionId());
        StepRow step = graph.step(execution.stepKey()).orElseThrow();
        Transitions transitions = Transitions.of(step);
        if (outcome.succeeded()) {
            stores.timers().delete(call.session(), timer);
            if (policy.resultKey() != null && outcome.output() != null) {
                instance.contextData().set(policy.resultKey(), outcome.output());
            }
            engine.take(call, instance, graph, execution, transitions.get(Transitions.SUCCESS).orElseThrow(), null,
                    null, ExecutionStatus.COMPLETED);
            return;
        }
        int attempts = timer.attempts() + 1;
        stores.executions().recordAttempt(call.session(), execution, attempts, outcome.error());
        if (attempts < policy.maxAttempts()) {
            stores.timers().reschedule(call.session(), timer,
                    call.now().plus(policy.retryDelay().multipliedBy(attempts)), attempts);
            return;
        }
        stores.timers().delete(call.session(), timer);
        StepExecutionRow current = stores.executions().find(call.session(), execution.id()).orElseThrow();
        Optional<Transition> failure = transitions.get(Transitions.FAILURE);
        if (failure.isPresent()) {
            engine.take(call, instance, graph, current, failure.get(), null, outcome.error(), ExecutionStatus.FAILED);
        } else {
            engine.endings().fail(call, instance, current, step.key(), outcome.error());
            stores.instances().update(call.session(), instance);
        }
    }
}
