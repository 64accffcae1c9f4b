package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.core.result.Problem;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.DataSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** A workflow system on a private database and a manual clock, driven through the real executor. */
public final class TestWorkflow implements AutoCloseable {

    public static final String ORG = "org_demo";
    public static final Principal ADMIN = Principal.of("u-admin", ORG, "workflow.admin");
    public static final Principal REQUESTER = Principal.of("u-requester", ORG, "employee");
    public static final Principal MANAGER = Principal.of("u-manager", ORG, "manager");
    public static final Principal FINANCE = Principal.of("u-finance", ORG, "finance");

    public static final List<String> TABLES = List.of("workflow_definition", "workflow_step", "workflow_instance",
            "step_execution", "approval_request", "approval_comment", "workflow_timer", "cs_outbox_append", "cs_audit");

    public final ManualClock clock = ManualClock.at("2025-01-01T09:00:00Z");
    public final WorkflowRuntime runtime;
    private final HikariDataSource ownDataSource;

    private TestWorkflow(DataSource dataSource, HikariDataSource own, WorkflowOptions options) {
        this.ownDataSource = own;
        this.runtime = WorkflowRuntime.create(dataSource, clock, options);
    }

    /** A fresh in-memory H2 database. */
    public static TestWorkflow h2() {
        return h2(WorkflowOptions.defaults());
    }

    public static TestWorkflow h2(WorkflowOptions options) {
        HikariDataSource dataSource = DataSources.h2Memory("wf_" + UUID.randomUUID().toString().replace("-", ""));
        return new TestWorkflow(dataSource, dataSource, options);
    }

    /** A workflow system on a data source someone else owns (e.g. a PostgreSQL schema). */
    public static TestWorkflow on(DataSource dataSource) {
        return new TestWorkflow(dataSource, null, WorkflowOptions.defaults());
    }

    public CallResult execute(Principal principal, String operation, JsonNode input) {
        CallContext context = CallContext.builder().principal(principal).clock(clock).build();
        return runtime.executor().execute(operation, input, context);
    }

    public CallResult execute(Principal principal, String operation, String input) {
        return execute(principal, operation, json(input));
    }

    /** Runs an operation that must succeed and returns its output. */
    public ObjectNode call(Principal principal, String operation, String input) {
        return call(principal, operation, json(input));
    }

    public ObjectNode call(Principal principal, String operation, JsonNode input) {
        CallResult result = execute(principal, operation, input);
        if (result instanceof CallResult.Failure failure) {
            throw new AssertionError(operation + " failed: " + failure.problem().code() + " "
                    + failure.problem().detail().orElse(""));
        }
        return (ObjectNode) ((CallResult.Success) result).output();
    }

    /** Runs an operation that must fail and returns its problem. */
    public Problem fail(Principal principal, String operation, String input) {
        CallResult result = execute(principal, operation, input);
        if (result instanceof CallResult.Success success) {
            throw new AssertionError(operation + " succeeded but should have failed: " + success.output());
        }
        return ((CallResult.Failure) result).problem();
    }

    public int fireAfter(Duration duration) {
        clock.advance(duration);
        return runtime.timerWorker().fireDue(clock.instant());
    }

    public long count(String sql) {
        try (Connection connection = runtime.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Changes stored rows behind the application's back, e.g. to make a row as an older release left it. */
    public int update(String sql) {
        try (Connection connection = runtime.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Row counts and version sums of every table: equal snapshots mean nothing was written. */
    public Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String table : TABLES) {
            String versions = table.startsWith("cs_") || table.equals("approval_comment") || table.equals("workflow_step")
                    ? "COUNT(*) * 0" : "COALESCE(SUM(version), 0)";
            snapshot.put(table, count("SELECT COUNT(*) FROM " + table) + "/" + count("SELECT " + versions + " FROM " + table));
        }
        return snapshot;
    }

    /** The event keys in the outbox, in order. */
    public List<String> outboxKeys() {
        return events().stream().map(CommittedEvents.Event::key).toList();
    }

    /** Every event in the outbox, in append order. */
    public List<CommittedEvents.Event> events() {
        return CommittedEvents.read(runtime.dataSource(), 0);
    }

    /** How many events in the outbox have the key and match the condition. */
    public long eventCount(String key, java.util.function.Predicate<CommittedEvents.Event> condition) {
        return events().stream().filter(event -> event.key().equals(key) && condition.test(event)).count();
    }

    public long eventCount(String key) {
        return eventCount(key, event -> true);
    }

    @Override
    public void close() {
        if (ownDataSource != null) {
            try (Connection connection = ownDataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            ownDataSource.close();
        }
    }
}
