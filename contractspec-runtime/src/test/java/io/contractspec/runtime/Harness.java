package io.contractspec.runtime;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.runtime.memory.InMemoryAuditStore;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An executor on in-memory stores and a manual clock, with a subscriber that records what it is
 * delivered and a counter of handler runs. Build one per test.
 */
final class Harness {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    final ManualClock clock = ManualClock.at("2025-01-15T10:00:00Z");
    final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    final InMemoryAuditStore audit = new InMemoryAuditStore();
    /** What the subscriber has received so far; {@link #delivered()} waits for the dispatcher first. */
    final List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    final AtomicInteger handlerRuns = new AtomicInteger();
    final ContractRegistry registry;
    final OperationExecutor executor;

    /** {@code handlers} binds handlers; it gets this harness for {@link #returning}. */
    Harness(List<Spec> specs, BiConsumer<HandlerBindings.Builder, Harness> handlers) {
        this(specs, handlers, builder -> {});
    }

    Harness(List<Spec> specs, BiConsumer<HandlerBindings.Builder, Harness> handlers, Consumer<ExecutorBuilder> customize) {
        this.registry = ContractRegistry.builder().registerAll(specs).build();
        ExecutorBuilder builder = OperationExecutor.builder(registry)
                .handlers(bindings -> handlers.accept(bindings, this))
                .outboxStore(outbox)
                .auditStore(audit)
                .subscribe("recorder", received::add);
        customize.accept(builder);
        this.executor = builder.build();
    }

    /** Every event delivered once the event bus's dispatcher has run a round after this call. */
    List<EventEnvelope> delivered() {
        executor.eventBus().relay();
        return received;
    }

    /** A handler that counts its runs and returns the given output. */
    OperationHandler returning(String output) {
        return (input, context) -> {
            handlerRuns.incrementAndGet();
            return Fixtures.json(output);
        };
    }

    CallContext.Builder context(Principal principal) {
        return CallContext.builder().principal(principal).clock(clock).traceId(TRACE).channel(Channel.TEST);
    }

    CallResult call(String key, String input, Principal principal) {
        return call(key, input, context(principal).build());
    }

    CallResult call(String key, String input, CallContext context) {
        return executor.execute(key, input == null ? null : Fixtures.json(input), context);
    }

    List<AuditRecord> auditRecords() {
        return audit.query(AuditQuery.builder().build());
    }
}
