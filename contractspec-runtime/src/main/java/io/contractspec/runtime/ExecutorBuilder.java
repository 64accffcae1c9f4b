package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.runtime.authorization.Authorizer;
import io.contractspec.runtime.authorization.PolicyAuthorizer;
import io.contractspec.runtime.authorization.RecordRule;
import io.contractspec.runtime.internal.Authorization;
import io.contractspec.runtime.internal.GuardedListener;
import io.contractspec.runtime.internal.OneBackend;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.runtime.memory.InMemoryRateLimiter;
import io.contractspec.runtime.spi.AuditStore;
import io.contractspec.runtime.spi.FlagProvider;
import io.contractspec.runtime.spi.IdempotencyStore;
import io.contractspec.runtime.spi.OutboxStore;
import io.contractspec.runtime.spi.RateLimiter;
import io.contractspec.runtime.spi.UnitOfWork;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Assembles an {@link OperationExecutor}. One backend supplies the unit of work and every store:
 * without a unit of work the executor runs in memory (bounded in-memory stores, for tests and
 * demos), so {@code OperationExecutor.builder(registry).handlers(...).build()} runs; production
 * setups call {@link #jdbc(DataSource)}. A database unit of work with a missing or in-memory
 * store, or a JDBC store without a database unit of work, fails {@link #build()} with a message
 * that names each misfit: nothing is silently replaced by an in-memory stand-in.
 */
@PublicApi
public final class ExecutorBuilder {

    private final ContractRegistry registry;
    private HandlerBindings handlers;
    private FlagProvider flags = FlagProvider.FROM_CONTEXT;
    private RateLimiter rateLimiter;
    private IdempotencyStore idempotencyStore;
    private Duration idempotencyTtl = Duration.ofHours(24);
    private UnitOfWork unitOfWork;
    private OutboxStore outboxStore;
    private AuditStore auditStore;
    private final List<ExecutionListener> listeners = new ArrayList<>();
    private List<Authorizer> authorizers;
    private final List<Authorizer> addedAuthorizers = new ArrayList<>();
    private final Map<SpecRef, RecordRule> recordRules = new LinkedHashMap<>();
    private OpenTelemetry openTelemetry;
    private final List<Consumer<EventBus>> subscriptions = new ArrayList<>();

    ExecutorBuilder(ContractRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public ExecutorBuilder handlers(HandlerBindings handlers) {
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        return this;
    }

    /** Binds handlers in place: {@code .handlers(h -> h.bind(RESUME, resumeHandler))}. */
    public ExecutorBuilder handlers(Consumer<HandlerBindings.Builder> binder) {
        HandlerBindings.Builder builder = HandlerBindings.builder(registry);
        binder.accept(builder);
        return handlers(builder.build());
    }

    public ExecutorBuilder flags(FlagProvider flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
        return this;
    }

    public ExecutorBuilder rateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        return this;
    }

    public ExecutorBuilder idempotencyStore(IdempotencyStore store) {
        this.idempotencyStore = Objects.requireNonNull(store, "idempotencyStore");
        return this;
    }

    /** How long a stored result is replayed (default 24 hours). */
    public ExecutorBuilder idempotencyTtl(Duration ttl) {
        this.idempotencyTtl = Objects.requireNonNull(ttl, "ttl");
        return this;
    }

    /**
     * The JDBC backend on one DataSource: {@link JdbcUnitOfWork} and the JDBC outbox, audit and
     * idempotency stores (the schema must be migrated, see {@code RuntimeSchema.migrate}).
     */
    public ExecutorBuilder jdbc(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return unitOfWork(new JdbcUnitOfWork(dataSource))
                .outboxStore(new JdbcOutboxStore(dataSource))
                .auditStore(new JdbcAuditStore(dataSource))
                .idempotencyStore(new JdbcIdempotencyStore(dataSource));
    }

    public ExecutorBuilder unitOfWork(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        return this;
    }

    public ExecutorBuilder outboxStore(OutboxStore outboxStore) {
        this.outboxStore = Objects.requireNonNull(outboxStore, "outboxStore");
        return this;
    }

    public ExecutorBuilder auditStore(AuditStore auditStore) {
        this.auditStore = Objects.requireNonNull(auditStore, "auditStore");
        return this;
    }

    /** Adds an authorizer after the built-in policy check ({@link PolicyAuthorizer}); every one must allow a call. */
    public ExecutorBuilder authorizer(Authorizer authorizer) {
        addedAuthorizers.add(Objects.requireNonNull(authorizer, "authorizer"));
        return this;
    }

    /**
     * Replaces the authorizers, the built-in policy check included: pass
     * {@code new PolicyAuthorizer(flags)} among them to keep the contract's roles, permissions and
     * flags. Authentication (the contract's auth level) and record rules are enforced regardless.
     */
    public ExecutorBuilder authorizers(List<Authorizer> authorizers) {
        this.authorizers = List.copyOf(authorizers);
        return this;
    }

    /**
     * Declares a record rule for operations: their handlers must call {@code context.authorize(record)}
     * with the record they act on, and the runtime refuses records the rule does not allow (403).
     */
    public ExecutorBuilder recordRule(RecordRule rule, OperationSpec... operations) {
        Objects.requireNonNull(rule, "rule");
        if (operations.length == 0) {
            throw new IllegalArgumentException("recordRule needs the operations it applies to");
        }
        for (OperationSpec operation : operations) {
            rule.refusal().filter(refusal -> !operation.errors().contains(refusal)).ifPresent(refusal -> {
                throw new IllegalArgumentException(operation.ref() + " is guarded by the record rule '" + rule.requirement()
                        + "' but does not declare its refusal: add .error(" + refusal.code() + ", \"" + refusal.when()
                        + "\") (the same ErrorSpec) to the contract");
            });
            RecordRule previous = recordRules.putIfAbsent(operation.ref(), rule);
            if (previous != null) {
                throw new IllegalStateException(operation.ref() + " already has the record rule '" + previous.requirement()
                        + "'; an operation has one record rule");
            }
        }
        return this;
    }

    public ExecutorBuilder listener(ExecutionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Adds an event subscriber under a stable name. */
    public ExecutorBuilder subscribe(String name, EventSubscriber subscriber) {
        subscriptions.add(bus -> bus.subscribe(name, subscriber));
        return this;
    }

    /** The OpenTelemetry instance for spans and metrics (default: the global one, a no-op without an SDK). */
    public ExecutorBuilder openTelemetry(OpenTelemetry openTelemetry) {
        this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        return this;
    }

    public OperationExecutor build() {
        OneBackend.Stores stores = OneBackend.of(unitOfWork, outboxStore, auditStore, idempotencyStore);
        EventBus bus = new EventBus(stores.outbox());
        subscriptions.forEach(subscription -> subscription.accept(bus));
        return new OperationExecutor(new RuntimeConfig(
                registry,
                handlers != null ? handlers : HandlerBindings.builder(registry).build(),
                new Authorization(allAuthorizers(), recordRules),
                rateLimiter != null ? rateLimiter : new InMemoryRateLimiter(),
                stores.idempotency(),
                idempotencyTtl,
                stores.unitOfWork(),
                stores.outbox(),
                bus,
                stores.audit(),
                ExecutionListener.compose(listeners.stream().<ExecutionListener>map(GuardedListener::new).toList()),
                openTelemetry != null ? openTelemetry : GlobalOpenTelemetry.get()));
    }

    private List<Authorizer> allAuthorizers() {
        List<Authorizer> all = new ArrayList<>(authorizers != null ? authorizers : List.of(new PolicyAuthorizer(flags)));
        all.addAll(addedAuthorizers);
        return all;
    }
}
