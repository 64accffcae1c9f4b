package io.contractspec.benchmarks.workflow;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.core.Contracts;
import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.jdbc.DataSources;
import io.contractspec.runtime.pagination.CursorCodec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How a list call's server time grows with an organization's history: one organization holding N
 * workflow instances on PostgreSQL (default 1,000,000), pages read at the front, deep in the list
 * and with a status filter — the 1.0.0 way (an exact {@code COUNT(*)} and {@code OFFSET}) and the
 * 1.1.0 way (a count capped at 10,001 rows and a keyset cursor), both as their SQL alone, and the
 * 1.1.0 call through the executor (policy, validation of input and output, handler, transaction),
 * in one run on the same data.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.workflow.ListDepthBenchmark
 * [instances=1000000] [calls=200] [postgresUrl=jdbc:postgresql://127.0.0.1:5432/test] [user=postgres] [password=]}
 */
public final class ListDepthBenchmark {

    private static final String ORG = "org_bench";
    private static final Principal USER = Principal.of("u-bench", ORG, "employee");
    private static final byte[] SECRET = "list-depth-benchmark-secret".getBytes(StandardCharsets.UTF_8);
    private static final String COLUMNS = "id, organization_id, workflow_definition_id, workflow_key, status,"
            + " status_before_pause, current_step_id, current_step_key, triggered_by, priority, reference_id,"
            + " reference_type, context_data, due_at, outcome, result_data, error_message, created_at, started_at,"
            + " completed_at, version";

    private ListDepthBenchmark() {}

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String postgres = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test";
        String user = args.length > 3 ? args[3] : "postgres";
        String password = args.length > 4 ? args[4] : "";
        String schema = "wf_list_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(postgres, user, password, "CREATE SCHEMA " + schema);
        try (HikariDataSource dataSource = DataSources.pooled(postgres + (postgres.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, user, password)) {
            WorkflowRuntime runtime = WorkflowRuntime.create(dataSource, Clock.systemUTC(),
                    WorkflowOptions.builder().cursorSecret(SECRET).build());
            long seeded = System.nanoTime();
            seed(dataSource, instances);
            System.out.printf("seeded %,d instances of one organization in %.1f s%n", instances,
                    (System.nanoTime() - seeded) / 1e9);
            run(dataSource, runtime, instances, calls);
        } finally {
            admin(postgres, user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void run(HikariDataSource dataSource, WorkflowRuntime runtime, int instances, int calls)
            throws SQLException {
        int deep = instances * 9 / 10;
        int deepRunning = instances / 4 * 6 / 10;
        String deepCursor = cursor(dataSource, deep, null);
        String deepRunningCursor = cursor(dataSource, deepRunning, "running");
        System.out.printf("%nserver time per call, %d calls each after as many warm-up calls (p50 / p99, ms):%n", calls);
        System.out.printf("%-36s %19s %19s %19s%n", "page", "1.0.0 SQL", "1.1.0 SQL", "1.1.0 whole call");
        row("first page, limit=20", calls, () -> before(dataSource, null, 0),
                () -> afterSql(dataSource, null, null), () -> after(runtime, "{limit: 20}"));
        int tenth = instances / 10;
        String tenthCursor = cursor(dataSource, tenth, null);
        String[] tenthPosition = position(dataSource, tenth, null);
        String[] deepPosition = position(dataSource, deep, null);
        String[] deepRunningPosition = position(dataSource, deepRunning, "running");
        row("offset=" + tenth + " / cursor there", calls, () -> before(dataSource, null, tenth),
                () -> afterSql(dataSource, null, tenthPosition),
                () -> after(runtime, "{limit: 20, cursor: '" + tenthCursor + "'}"));
        row("offset=" + deep + " / cursor there", calls, () -> before(dataSource, null, deep),
                () -> afterSql(dataSource, null, deepPosition),
                () -> after(runtime, "{limit: 20, cursor: '" + deepCursor + "'}"));
        row("running, offset=" + deepRunning + " / cursor", calls,
                () -> before(dataSource, "running", deepRunning),
                () -> afterSql(dataSource, "running", deepRunningPosition),
                () -> after(runtime, "{limit: 20, status: 'running', cursor: '" + deepRunningCursor + "'}"));
    }

    private static void row(String name, int calls, Supplier<Object> before, Supplier<Object> afterSql,
            Supplier<Object> after) {
        double[] old = time(calls, before);
        double[] sql = time(calls, afterSql);
        double[] now = time(calls, after);
        System.out.printf("%-36s %8.2f / %8.2f %8.2f / %8.2f %8.2f / %8.2f%n", name, old[0], old[1], sql[0], sql[1],
                now[0], now[1]);
    }

    /** What 1.1.0 runs for a page: the capped count, then the page after a position. */
    private static Object afterSql(HikariDataSource dataSource, String status, String[] after) {
        String where = " WHERE organization_id = ?" + (status == null ? "" : " AND status = ?");
        try (Connection connection = dataSource.getConnection()) {
            long counted;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM"
                    + " workflow_instance" + where + " FETCH FIRST 10001 ROWS ONLY) capped")) {
                bind(count, status);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    counted = row.getLong(1);
                }
            }
            String keyset = after == null ? "" : " AND created_at <= ? AND (created_at < ? OR id < ?)";
            try (PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS + " FROM workflow_instance"
                    + where + keyset + " ORDER BY created_at DESC, id DESC LIMIT 21")) {
                int next = bind(page, status);
                if (after != null) {
                    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(after[0]);
                    page.setObject(next, at);
                    page.setObject(next + 1, at);
                    page.setString(next + 2, after[1]);
                }
                try (ResultSet rows = page.executeQuery()) {
                    int read = 0;
                    while (rows.next()) {
                        read++;
                    }
                    return counted + read;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50 and p99 in milliseconds of {@code calls} calls after as many warm-up calls. */
    private static double[] time(int calls, Supplier<Object> call) {
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[calls / 2], millis[Math.min(calls - 1, calls * 99 / 100)]};
    }

    /** What 1.0.0 ran for a page: the exact count, then the page by offset. */
    private static Object before(HikariDataSource dataSource, String status, int offset) {
        String where = " WHERE organization_id = ?" + (status == null ? "" : " AND status = ?");
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM workflow_instance" + where)) {
                bind(count, status);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            try (PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS + " FROM workflow_instance"
                    + where + " ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET " + offset)) {
                bind(page, status);
                try (ResultSet rows = page.executeQuery()) {
                    int read = 0;
                    while (rows.next()) {
                        read++;
                    }
                    return total + read;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds the filters; returns the next parameter index. */
    private static int bind(PreparedStatement statement, String status) throws SQLException {
        statement.setString(1, ORG);
        if (status != null) {
            statement.setString(2, status);
            return 3;
        }
        return 2;
    }

    private static Object after(WorkflowRuntime runtime, String input) {
        CallResult result = runtime.executor().execute("workflow.instance.list", Contracts.json(input),
                CallContext.builder().principal(USER).build());
        if (result instanceof CallResult.Failure failure) {
            throw new IllegalStateException(failure.problem().toString());
        }
        return result;
    }

    /** The cursor a client holds after reading {@code offset} rows. */
    private static String cursor(HikariDataSource dataSource, int offset, String status) {
        String[] position = position(dataSource, offset, status);
        String filters = CursorCodec.fingerprint("workflow.instance.list", ORG, null, status, null, null, null);
        return CursorCodec.withSecret(SECRET).encode(filters, List.of(position[0], position[1]));
    }

    /** The position ({@code createdAt}, {@code id}) of the last row of the first {@code offset} rows. */
    private static String[] position(HikariDataSource dataSource, int offset, String status) {
        String where = " WHERE organization_id = ?" + (status == null ? "" : " AND status = ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT created_at, id FROM workflow_instance"
                        + where + " ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET " + (offset - 1))) {
            bind(select, status);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new String[] {row.getObject(1, java.time.OffsetDateTime.class).toInstant().toString(),
                        row.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One published definition and N instances of it, a quarter of them in each of four statuses. */
    private static void seed(HikariDataSource dataSource, int instances) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO workflow_definition (id, organization_id, workflow_key, name, revision,"
                    + " status, trigger_type, created_at, updated_at, published_at, version)"
                    + " VALUES ('def-bench', '" + ORG + "', 'bench', 'Bench', 1, 'active', 'manual', now(), now(),"
                    + " now(), 0)");
            statement.execute("INSERT INTO workflow_instance (" + COLUMNS + ") SELECT 'inst-' || lpad(n::text, 9, '0'),"
                    + " '" + ORG + "', 'def-bench', 'bench', (ARRAY['running','waiting','completed','cancelled'])[n % 4 + 1],"
                    + " NULL, NULL, 'review', 'u-bench', 50, NULL, NULL, '{}', NULL, NULL, NULL, NULL,"
                    + " timestamp with time zone '2025-01-01 00:00:00+00' + n * interval '1 second', NULL, NULL, 0"
                    + " FROM generate_series(1, " + instances + ") n");
            statement.execute("ANALYZE workflow_instance");
        }
    }

    private static void admin(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
