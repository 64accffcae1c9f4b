package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.DataSources;

/** One engine node: its own connection pool and {@link WorkflowRuntime} on a shared database, sharing a clock. */
final class ClusterNode implements AutoCloseable {

    final String name;
    final WorkflowRuntime runtime;
    private final HikariDataSource pool;
    private final ManualClock clock;

    ClusterNode(String name, String jdbcUrl, String user, String password, ManualClock clock) {
        this(name, jdbcUrl, user, password, clock, WorkflowOptions.builder().nodeId(name).build());
    }

    /** A node with options of its own (they should name the node: {@code nodeId(name)}). */
    ClusterNode(String name, String jdbcUrl, String user, String password, ManualClock clock, WorkflowOptions options) {
        this.name = name;
        this.clock = clock;
        this.pool = DataSources.pooled(jdbcUrl, user, password);
        this.runtime = WorkflowRuntime.create(pool, clock, options);
    }

    CallResult execute(Principal principal, String operation, String input) {
        return runtime.executor().execute(operation, json(input),
                CallContext.builder().principal(principal).clock(clock).build());
    }

    /** Runs an operation that must succeed and returns its output. */
    ObjectNode call(Principal principal, String operation, String input) {
        CallResult result = execute(principal, operation, input);
        if (result instanceof CallResult.Failure failure) {
            throw new AssertionError(name + ": " + operation + " failed: " + failure.problem().code() + " "
                    + failure.problem().detail().orElse(""));
        }
        return (ObjectNode) ((CallResult.Success) result).output();
    }

    int fireDue() {
        return runtime.timerWorker().fireDue(clock.instant());
    }

    @Override
    public void close() {
        pool.close();
    }
}
