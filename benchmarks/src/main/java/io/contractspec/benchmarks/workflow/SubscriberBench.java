package io.contractspec.benchmarks.workflow;

import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.runtime.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The in-process subscriber beside {@link WorkflowThroughput}'s transitions ({@code -Dworkflow.bench.subscriber=true}):
 * it takes every event on the event bus's dispatcher and records, for the events delivered during the measurement,
 * the time from the event's time (taken in the call, just before its commit) to its delivery.
 */
final class SubscriberBench {

    private long[] latencies = new long[1 << 20];
    private int count;
    private volatile boolean recording;
    private WorkflowRuntime runtime;

    void start(WorkflowRuntime runtime) {
        this.runtime = runtime;
        runtime.subscribe("bench", this::take);
    }

    /** Waits until the warm-up's events are delivered, then records. */
    void startRecording() {
        runtime.eventBus().relay();
        synchronized (this) {
            count = 0;
        }
        recording = true;
    }

    /** Stops recording, waits until every committed event is delivered and prints what it measured. */
    void report(String name) {
        recording = false;
        long start = System.nanoTime();
        runtime.eventBus().relay();
        long drained = (System.nanoTime() - start) / 1_000_000;
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, count);
        }
        Arrays.sort(sorted);
        System.out.printf("%s subscriber: %,d events delivered while measuring; commit to delivery p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; backlog drained %d ms after the load stopped%n", name, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), drained);
    }

    private void take(EventEnvelope event) {
        if (!recording) {
            return;
        }
        long micros = Duration.between(event.occurredAt(), Instant.now()).toNanos() / 1_000;
        synchronized (this) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000.0;
    }
}
