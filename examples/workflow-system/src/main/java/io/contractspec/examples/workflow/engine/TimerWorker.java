package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.shared.EventPayloads.SYSTEM_ACTOR;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.instance.InstanceRow;
import io.contractspec.examples.workflow.instance.TimerKind;
import io.contractspec.examples.workflow.instance.TimerRow;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.spi.UnitOfWork;
import io.contractspec.schema.ExactJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires due timers: step timeouts, approval SLAs and action-step runs. A worker first leases the
 * earliest due timer in a short transaction that claims the row with {@code FOR UPDATE SKIP
 * LOCKED}, so any number of workers on any number of nodes each take a different timer. It then
 * fires it as system work through the executor ({@link EngineTasks#FIRE_TIMER}), on behalf of the
 * instance's starter: the instance moves, the timer goes, and the events, an audit record and a
 * span are written as for any call; the firing checks the lease is still its own first. Action
 * runs go to {@link ActionTimers}. Paused instances have no due timers.
 *
 * <p>The application schedules {@link #fireDue()}; tests call {@link #fireDue(Instant)} after
 * moving a manual clock.
 */
public final class TimerWorker {

    /** Bounds one call, so a backlog cannot keep a scheduler thread forever. */
    private static final int MAX_TIMERS_PER_CALL = 1_000;

    private final UnitOfWork unitOfWork;
    private final OperationExecutor executor;
    private final Stores stores;
    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final Clock clock;
    private final ActionTimers actions;

    public TimerWorker(UnitOfWork unitOfWork, OperationExecutor executor, InstanceEngine engine, GraphCache graphs,
            Clock clock, ActionTimers actions) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.executor = executor;
        this.engine = engine;
        this.stores = engine.stores();
        this.graphs = graphs;
        this.clock = clock;
        this.actions = actions;
    }

    /** Fires every timer due on the worker's clock; returns how many fired. */
    public int fireDue() {
        return fireDue(clock.instant());
    }

    /** Fires every timer due at {@code now}; returns how many fired (a retried action counts once per run). */
    public int fireDue(Instant now) {
        int fired = 0;
        while (fired < MAX_TIMERS_PER_CALL) {
            Optional<Leased> leased = leaseNext(now);
            if (leased.isEmpty()) {
                break;
            }
            TimerRow timer = leased.get().timer();
            if (timer.kind() == TimerKind.ACTION_RUN) {
                actions.run(timer, now);
            } else if (!fire(leased.get(), now)) {
                break; // a command changed the instance first; the timer fires next round
            }
            fired++;
        }
        return fired;
    }

    /** A timer this worker leased, and the human its instance runs for. */
    private record Leased(TimerRow timer, Principal starter) {}

    /** Leases the earliest due timer; empty when none is due. */
    private Optional<Leased> leaseNext(Instant now) {
        try {
            return unitOfWork.run(transaction -> {
                var session = JdbcSession.of(transaction);
                Optional<TimerRow> claimed = stores.timers().claimNextDue(session, now);
                if (claimed.isEmpty()) {
                    return Optional.<Leased>empty();
                }
                TimerRow timer = stores.timers().lease(session, claimed.get(), actions.owner(),
                        now.plus(actions.leaseDuration()));
                Principal starter = stores.instances().find(session, timer.organizationId(), timer.instanceId())
                        .map(instance -> Principal.of(instance.triggeredBy(), instance.organizationId()))
                        .orElseThrow(() -> new IllegalStateException("timer " + timer.id() + " has no instance"));
                return Optional.of(new Leased(timer, starter));
            });
        } catch (Exception e) {
            throw new IllegalStateException("leasing a due timer failed", e);
        }
    }

    /** Fires a leased step timeout or SLA; false when a concurrent command won and the lease was given back. */
    private boolean fire(Leased leased, Instant now) {
        TimerRow timer = leased.timer();
        try {
            executor.runAsSystem(EngineTasks.FIRE_TIMER, systemContext(leased.starter(), now), subject(timer, null),
                    context -> {
                        context.about(timer.instanceId()); // the instance's timeline shows what its timer did
                        EngineCall call = EngineCall.of(context, SYSTEM_ACTOR);
                        stores.timers().delete(call.session(), timer); // CONFLICT when the lease was taken over
                        fire(call, timer);
                        return null;
                    });
            return true;
        } catch (ContractException e) {
            if (!StandardCode.CONFLICT.code().equals(e.code())) {
                throw new IllegalStateException("firing timer " + timer.id() + " failed", e);
            }
            release(timer);
            return false;
        }
    }

    private void fire(EngineCall call, TimerRow timer) {
        InstanceRow instance = stores.instances().find(call.session(), timer.organizationId(), timer.instanceId())
                .filter(found -> found.status().isActive())
                .orElse(null);
        if (instance == null) {
            return; // finished or paused since the timer was set: nothing to do
        }
        WorkflowGraph graph = graphs.of(call.session(), instance.definitionId());
        switch (timer.kind()) {
            case STEP_TIMEOUT -> StepTimeouts.fire(engine, call, instance, graph, timer);
            case APPROVAL_SLA -> StepTimeouts.escalate(engine, call, instance, graph, timer);
            case ACTION_RUN -> throw new IllegalStateException("action runs are recorded by ActionTimers");
        }
    }

    /** Gives a lease back after a lost race, so the timer is due again at once rather than when the lease ends. */
    private void release(TimerRow leased) {
        try {
            unitOfWork.run(transaction -> {
                var session = JdbcSession.of(transaction);
                stores.timers().find(session, leased.id())
                        .filter(current -> current.version() == leased.version())
                        .ifPresent(current -> stores.timers().reschedule(session, current, current.dueAt(),
                                current.attempts()));
                return null;
            });
        } catch (ContractException e) {
            if (!StandardCode.CONFLICT.code().equals(e.code())) {
                throw new IllegalStateException("releasing timer " + leased.id() + " failed", e);
            }
            // the command that won deleted or changed the timer meanwhile: there is no lease left to give back
        } catch (Exception e) {
            throw new IllegalStateException("releasing timer " + leased.id() + " failed", e);
        }
    }

    /** The context of system work at {@code now} on behalf of {@code human}. */
    static CallContext systemContext(Principal human, Instant now) {
        return CallContext.builder().onBehalfOf(SYSTEM_ACTOR, human).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    /** What the audit record of a timer's work names. */
    static ObjectNode subject(TimerRow timer, Boolean succeeded) {
        ObjectNode subject = ExactJson.mapper().createObjectNode()
                .put("timerId", timer.id())
                .put("instanceId", timer.instanceId())
                .put("kind", timer.kind().wire());
        if (succeeded != null) {
            subject.put("succeeded", succeeded);
        }
        return subject;
    }

    static Duration defaultLease() {
        return Duration.ofMinutes(5);
    }
}
