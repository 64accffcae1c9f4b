package io.contractspec.examples.workflow.engine;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.shared.EventPayloads;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.TimerKind;
import io.contractspec.examples.workflow.store.TimerRow;
import io.contractspec.runtime.EventBus;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires due timers: step timeouts, approval SLAs and action-step runs. Each timer fires in a
 * transaction of its own that claims the row with {@code FOR UPDATE SKIP LOCKED}, moves the
 * instance, deletes (or reschedules) the timer and appends the events to the outbox; so any
 * number of workers on any number of nodes fire each timer exactly once. Action runs lease their
 * timer first (see {@link ActionTimers}). Paused instances have no due timers.
 *
 * <p>The application schedules {@link #fireDue()}; tests call {@link #fireDue(Instant)} after
 * moving a manual clock.
 */
public final class TimerWorker {

    /** Bounds one call, so a backlog cannot keep a scheduler thread forever. */
    private static final int MAX_TIMERS_PER_CALL = 1_000;

    private final UnitOfWork unitOfWork;
    private final Stores stores;
    private final InstanceEngine engine;
    private final GraphCache graphs;
    private final ContractRegistry registry;
    private final OutboxStore outbox;
    private final EventBus bus;
    private final Clock clock;
    private final ActionTimers actions;

    public TimerWorker(UnitOfWork unitOfWork, InstanceEngine engine, GraphCache graphs, ContractRegistry registry,
            OutboxStore outbox, EventBus bus, Clock clock, ActionTimers actions) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.engine = engine;
        this.stores = engine.stores();
        this.graphs = graphs;
        this.registry = registry;
        this.outbox = outbox;
        this.bus = bus;
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
            Optional<TimerRow> leased;
            try {
                leased = fireNext(now);
            } catch (LostRace e) {
                break; // a command changed the instance first; the timer, if it still exists, fires next round
            }
            if (leased == null) {
                break;
            }
            leased.ifPresent(timer -> actions.run(timer, now));
            fired++;
        }
        if (fired > 0) {
            bus.relay();
        }
        return fired;
    }

    /**
     * Claims and fires the next due timer. Returns null when none is due, an empty optional when it
     * fired, and the leased timer when it is an action run that must now run outside the transaction.
     * Throws {@link LostRace} when a concurrent command on the same instance won (the transaction is rolled back).
     */
    private Optional<TimerRow> fireNext(Instant now) {
        try {
            return unitOfWork.run(transaction -> {
                var connection = transaction.connection().orElseThrow();
                Optional<TimerRow> claimed = stores.timers().claimNextDue(connection, now);
                if (claimed.isEmpty()) {
                    return null;
                }
                TimerRow timer = claimed.get();
                if (timer.kind() == TimerKind.ACTION_RUN) {
                    return Optional.of(stores.timers().lease(connection, timer, actions.owner(),
                            now.plus(actions.leaseDuration())));
                }
                TimerEvents events = new TimerEvents(registry, now);
                EngineCall call = new EngineCall(connection, now, EventPayloads.SYSTEM_ACTOR, events);
                stores.timers().delete(connection, timer);
                fire(call, timer);
                if (!events.envelopes().isEmpty()) {
                    outbox.append(transaction, events.envelopes());
                }
                return Optional.<TimerRow>empty();
            });
        } catch (ContractException e) {
            if (StandardCode.CONFLICT.code().equals(e.code())) {
                throw new LostRace();
            }
            throw new IllegalStateException("firing a timer failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("firing a timer failed", e);
        }
    }

    private void fire(EngineCall call, TimerRow timer) {
        InstanceRow instance = stores.instances().find(call.connection(), timer.organizationId(), timer.instanceId())
                .filter(found -> found.status().isActive())
                .orElse(null);
        if (instance == null) {
            return; // finished or paused since the timer was set: nothing to do
        }
        WorkflowGraph graph = graphs.of(call.connection(), instance.definitionId());
        switch (timer.kind()) {
            case STEP_TIMEOUT -> StepTimeouts.fire(engine, call, instance, graph, timer);
            case APPROVAL_SLA -> StepTimeouts.escalate(engine, call, instance, graph, timer);
            case ACTION_RUN -> throw new IllegalStateException("action runs are leased, not fired in place");
        }
    }

    /** A timer's transaction lost a race with a command on its instance. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }

    static Duration defaultLease() {
        return Duration.ofMinutes(5);
    }
}
