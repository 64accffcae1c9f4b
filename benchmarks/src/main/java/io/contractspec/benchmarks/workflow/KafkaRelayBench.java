package io.contractspec.benchmarks.workflow;

import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.kafka.KafkaRelay;
import io.contractspec.kafka.OutboxWakeUp;
import io.contractspec.kafka.RelayObserver;
import io.contractspec.kafka.TopicMapping;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.jdbc.JdbcLeases;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The Kafka relay running beside {@link WorkflowThroughput}'s transitions ({@code -Dworkflow.bench.kafka=<bootstrap
 * servers>}): the node's relay on its own thread, woken by each commit, under its lease, as the application runs it
 * with {@code --kafka}. Records, for the events acknowledged during the measurement, the time from the event's
 * time (taken in the call, just before its commit) to the broker's acknowledgement of the transaction holding it.
 */
final class KafkaRelayBench implements RelayObserver, AutoCloseable {

    private final String bootstrapServers;
    private final OutboxWakeUp wakeUp = new OutboxWakeUp();
    private KafkaRelay relay;
    private DataSource dataSource;
    private long[] latencies = new long[1 << 20];
    private int count;
    private int batches;
    private volatile boolean recording;

    private KafkaRelayBench(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The relay the system property asks for, or null. */
    static KafkaRelayBench fromSystemProperty() {
        String servers = System.getProperty("workflow.bench.kafka", "");
        return servers.isBlank() ? null : new KafkaRelayBench(servers);
    }

    void start(WorkflowRuntime runtime) {
        dataSource = runtime.dataSource();
        relay = KafkaRelay.builder(new JdbcOutboxStore(dataSource), runtime.registry(), bootstrapServers)
                .topics(TopicMapping.prefixed("bench-" + UUID.randomUUID().toString().substring(0, 8) + "."))
                .wakeUp(wakeUp) // signalled by hand too, while waiting for the relay to catch up
                .wakeUpOn(runtime.eventBus())
                .linger(Duration.ofMillis(Long.getLong("workflow.bench.kafka.linger", 20)))
                .observer(this)
                .lease(new JdbcLeases(dataSource, Clock.systemUTC()), "bench-node", Duration.ofSeconds(30))
                .build()
                .start();
    }

    /**
     * Waits until the relay has sent the warm-up's events (its first rounds also wait for the new topics'
     * metadata), then records from a caught-up relay.
     */
    void startRecording() throws Exception {
        long drained = awaitCaughtUp();
        System.out.printf("Kafka relay caught up with the warm-up %d ms after it%n", drained);
        synchronized (this) {
            count = 0;
            batches = 0;
        }
        recording = true;
    }

    /** Stops recording, waits until the relay has sent every committed event and prints what it measured. */
    void report(String name) throws Exception {
        recording = false;
        long drained = awaitCaughtUp();
        long[] sorted;
        int sent;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, count);
            sent = batches;
        }
        Arrays.sort(sorted);
        System.out.printf("%s Kafka relay: %,d events acknowledged while measuring; commit to broker p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; backlog drained %d ms after the load stopped%n", name, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), drained);
        System.out.printf("%s Kafka relay: %,d rounds that sent events, %.1f events per round%n", name, sent,
                sorted.length / (double) Math.max(1, sent));
    }

    /** Waits until every committed event has been sent; returns how long that took, in ms. */
    private long awaitCaughtUp() throws Exception {
        Instant start = Instant.now();
        while (backlog() > 0) {
            if (Duration.between(start, Instant.now()).toSeconds() > 120) {
                throw new IllegalStateException("the relay did not catch up within 120 s");
            }
            wakeUp.signal();
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now()).toMillis();
    }

    @Override
    public void delivered(EventEnvelope event, String topic, int partition, long offset, Instant acknowledgedAt) {
        if (!recording) {
            return;
        }
        long micros = Duration.between(event.occurredAt(), acknowledgedAt).toNanos() / 1_000;
        synchronized (this) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }
    }

    @Override
    public void roundEnded(int delivered, int pending) {
        if (recording && delivered > 0) {
            synchronized (this) {
                batches++;
            }
        }
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
    }

    /** Committed events the relay has not sent yet. */
    private long backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                // A position is append * 2^20 + the events of that append already sent (runtime OutboxPosition).
                ResultSet row = statement.executeQuery("SELECT (SELECT COALESCE(SUM(event_count), 0) FROM cs_outbox_append)"
                        + " - COALESCE((SELECT SUM(a.event_count) FROM cs_outbox_append a JOIN cs_outbox_position p"
                        + " ON p.subscriber = 'kafka' WHERE a.seq < p.last_seq / 1048576), 0)"
                        + " - COALESCE((SELECT MOD(last_seq, 1048576) FROM cs_outbox_position WHERE subscriber = 'kafka'), 0)")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000.0;
    }
}
