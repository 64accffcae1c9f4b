package io.contractspec.examples.workflow;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.examples.workflow.approval.ApprovalOperations;
import io.contractspec.examples.workflow.approval.ApprovalRules;
import io.contractspec.examples.workflow.engine.ActionAuthority;
import io.contractspec.examples.workflow.engine.ActionTimers;
import io.contractspec.examples.workflow.engine.GraphCache;
import io.contractspec.examples.workflow.engine.InstanceEngine;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.engine.TimerWorker;
import io.contractspec.examples.workflow.instance.InstanceOperations;
import io.contractspec.examples.workflow.instance.InstanceRules;
import io.contractspec.examples.workflow.store.WorkflowSchema;
import io.contractspec.runtime.EventBus;
import io.contractspec.runtime.EventSubscriber;
import io.contractspec.runtime.ExecutorBuilder;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.jdbc.JdbcAuditStore;
import io.contractspec.runtime.jdbc.JdbcIdempotencyStore;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.runtime.jdbc.JdbcUnitOfWork;
import io.contractspec.runtime.jdbc.RuntimeSchema;
import io.contractspec.runtime.pagination.CursorCodec;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The workflow system, assembled: the runtime's and the workflow's tables migrated, an
 * {@link OperationExecutor} with a JDBC unit of work, outbox, audit and idempotency stores and a
 * handler bound to each of the 19 operations, and a {@link TimerWorker}. Surfaces (REST, MCP)
 * call {@link #executor()}; the application schedules {@code timerWorker().fireDue()}.
 *
 * <pre>{@code
 * WorkflowRuntime workflow = WorkflowRuntime.create(DataSources.h2File(dir), Clock.systemUTC());
 * workflow.subscribe("mailer", event -> ...);
 * CallResult result = workflow.executor().execute("workflow.instance.start", input, context);
 * }</pre>
 *
 * Several runtimes (nodes) may share one PostgreSQL database. The runtime does not own the data
 * source; close it when the application stops.
 */
public final class WorkflowRuntime {

    private final DataSource dataSource;
    private final ContractRegistry registry;
    private final OperationExecutor executor;
    private final TimerWorker timerWorker;
    private final Stores stores;

    private WorkflowRuntime(DataSource dataSource, Clock clock, WorkflowOptions options) {
        this.dataSource = dataSource;
        WorkflowSchema.migrate(dataSource);
        RuntimeSchema.migrate(dataSource);
        this.registry = ContractRegistry.builder()
                .module(new WorkflowContracts())
                .registerAll(options.extraSpecs())
                .build();
        this.stores = Stores.create();
        InstanceEngine engine = new InstanceEngine(stores);
        GraphCache graphs = new GraphCache(stores.steps());
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
        ActionAuthority authority = new ActionAuthority(options.actionOperations(), this::executor);
        JdbcOutboxStore outbox = new JdbcOutboxStore(dataSource);
        JdbcAuditStore audit = new JdbcAuditStore(dataSource);
        CursorCodec cursors = CursorCodec.withSecret(options.cursorSecret());
        ExecutorBuilder builder = OperationExecutor.builder(registry)
                .unitOfWork(unitOfWork)
                .outboxStore(outbox)
                .auditStore(audit)
                .idempotencyStore(new JdbcIdempotencyStore(dataSource))
                .handlers(bindings -> {
                    WorkflowHandlers.bindAll(bindings, engine, graphs, authority, cursors, outbox, audit);
                    options.extraHandlers().forEach(extra -> extra.accept(bindings));
                });
        builder.recordRule(InstanceRules.STARTER_OR_ADMIN, InstanceOperations.PAUSE_INSTANCE,
                        InstanceOperations.RESUME_INSTANCE, InstanceOperations.CANCEL_INSTANCE)
                .recordRule(ApprovalRules.ASSIGNEE_OR_ROLE_HOLDER, ApprovalOperations.DECIDE_APPROVAL,
                        ApprovalOperations.DELEGATE_APPROVAL);
        options.listeners().forEach(builder::listener);
        options.openTelemetry().ifPresent(builder::openTelemetry);
        this.executor = builder.build();
        ActionTimers actions = new ActionTimers(unitOfWork, engine, graphs, this::executor, authority,
                options.nodeId(), options.actionLease());
        this.timerWorker = new TimerWorker(unitOfWork, executor, engine, graphs, clock, actions);
    }

    /** Migrates the schemas and assembles the workflow system with default options. */
    public static WorkflowRuntime create(DataSource dataSource, Clock clock) {
        return create(dataSource, clock, WorkflowOptions.defaults());
    }

    /** Migrates the schemas (safe on every start and from several nodes) and assembles the workflow system. */
    public static WorkflowRuntime create(DataSource dataSource, Clock clock, WorkflowOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        return new WorkflowRuntime(dataSource, clock, options);
    }

    /** Runs the 19 operations (and any extra ones) through the full pipeline. */
    public OperationExecutor executor() {
        return executor;
    }

    /** Fires due timers; schedule {@code fireDue()} every few seconds on each node. */
    public TimerWorker timerWorker() {
        return timerWorker;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public ContractRegistry registry() {
        return registry;
    }

    /** The repositories, for seeding demo data and fixtures inside a transaction of one's own. */
    public Stores stores() {
        return stores;
    }

    public EventBus eventBus() {
        return executor.eventBus();
    }

    /** Adds an event subscriber under a stable name; it receives every committed event at least once. */
    public WorkflowRuntime subscribe(String name, EventSubscriber subscriber) {
        executor.eventBus().subscribe(name, subscriber);
        return this;
    }
}
