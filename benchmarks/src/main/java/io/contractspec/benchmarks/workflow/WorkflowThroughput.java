package io.contractspec.benchmarks.workflow;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.jdbc.DataSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Durable workflow transitions per second on one node, on the embedded H2 file database and on
 * PostgreSQL, measured in one run: N worker threads each drive expense approvals to completion
 * ({@link ExpenseLoop}) for a fixed time, after a warm-up of the same kind.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.contractspec.benchmarks.workflow.WorkflowThroughput
 * [threads=4] [seconds=20] [warmupSeconds=10] [postgresUrl=jdbc:postgresql://127.0.0.1:5432/test] [user=postgres] [password=]}
 *
 * <p>{@code -Dworkflow.bench.subscriber=true} adds an in-process subscriber that takes every event,
 * so the outbox is also sequenced and delivered while the transitions run ({@link SubscriberBench}), and
 * reports the commit-to-delivery latency.
 *
 * <p>{@code -Dworkflow.bench.kafka=<bootstrap servers>} relays every event to Kafka while the transitions run
 * ({@link KafkaRelayBench}) and reports the commit-to-broker latency.
 *
 * <p>{@code -Dworkflow.bench.asyncCommit=true} runs PostgreSQL with {@code synchronous_commit=off}: not
 * durable, a diagnostic that shows what the WAL flush costs.
 */
public final class WorkflowThroughput {

    private WorkflowThroughput() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        Duration warmup = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        String postgres = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/test";
        String user = args.length > 4 ? args[4] : "postgres";
        String password = args.length > 5 ? args[5] : "";

        String only = System.getProperty("workflow.bench.only", "");
        Path dir = Files.createTempDirectory("workflow-bench");
        double h2 = 0;
        if (!only.equals("postgres")) {
            try (HikariDataSource dataSource = DataSources.h2File(dir)) {
                h2 = measure("H2 file", dataSource, threads, warmup, measure);
            }
        }
        if (only.equals("h2")) {
            return;
        }
        String schema = "wf_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(postgres, user, password, "CREATE SCHEMA " + schema);
        double pg;
        String options = Boolean.getBoolean("workflow.bench.asyncCommit") ? "&options=-c%20synchronous_commit%3Doff" : "";
        try (HikariDataSource dataSource = DataSources.pooled(postgres + (postgres.contains("?") ? "&" : "?")
                + "currentSchema=" + schema
                + "&reWriteBatchedInserts=true" + options, user, password)) {
            pg = measure("PostgreSQL", dataSource, threads, warmup, measure);
        } finally {
            admin(postgres, user, password, "DROP SCHEMA " + schema + " CASCADE");
        }
        System.out.printf("%n%d worker threads, %d s measured after %d s warm-up, %d cores:%n", threads,
                measure.toSeconds(), warmup.toSeconds(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  H2 file     %,8.0f transitions/s (%,6.0f instances/s)%n", h2, h2 / ExpenseLoop.TRANSITIONS_PER_INSTANCE);
        System.out.printf("  PostgreSQL  %,8.0f transitions/s (%,6.0f instances/s)%n", pg, pg / ExpenseLoop.TRANSITIONS_PER_INSTANCE);
    }

    private static double measure(String name, HikariDataSource dataSource, int threads, Duration warmup,
            Duration measure) throws Exception {
        try (KafkaRelayBench kafka = KafkaRelayBench.fromSystemProperty()) {
            WorkflowRuntime runtime = WorkflowRuntime.create(dataSource, Clock.systemUTC(),
                    io.contractspec.examples.workflow.WorkflowOptions.defaults());
            SubscriberBench subscriber = Boolean.getBoolean("workflow.bench.subscriber") ? new SubscriberBench() : null;
            if (subscriber != null) {
                subscriber.start(runtime);
            }
            if (kafka != null) {
                kafka.start(runtime);
            }
            ExpenseLoop loop = new ExpenseLoop(runtime);
            loop.design();
            long warm = drive(loop, threads, warmup);
            System.out.printf("%s warm-up: %,d transitions%n", name, warm);
            if (kafka != null) {
                kafka.startRecording();
            }
            if (subscriber != null) {
                subscriber.startRecording();
            }
            CpuMeter cpu = CpuMeter.start();
            long start = System.nanoTime();
            long transitions = drive(loop, threads, measure);
            double perSecond = transitions / ((System.nanoTime() - start) / 1e9);
            System.out.printf("%s: %,d transitions in %d s = %,.0f/s%n", name, transitions, measure.toSeconds(), perSecond);
            cpu.report(name, transitions);
            if (kafka != null) {
                kafka.report(name);
            }
            if (subscriber != null) {
                subscriber.report(name);
            }
            runtime.eventBus().close();
            return perSecond;
        }
    }

    /** Runs the loop on every thread until the time is up; returns the transitions made. */
    private static long drive(ExpenseLoop loop, int threads, Duration duration) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    long done = 0;
                    while (!stop.get()) {
                        done += loop.runOnce();
                    }
                    return done;
                }));
            }
            Thread.sleep(duration.toMillis());
            stop.set(true);
            long total = 0;
            for (Future<Long> worker : workers) {
                total += worker.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void admin(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
