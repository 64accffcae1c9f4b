package io.contractspec.kafka;

import io.contractspec.runtime.EventEnvelope;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relay's OpenTelemetry instruments: events delivered and failed per topic, the time from an
 * event's commit to the broker's acknowledgement, and the lag (how old the oldest event waiting in
 * the outbox is; 0 once the relay has caught up).
 */
final class RelayMetrics implements RelayObserver {

    private static final AttributeKey<String> TOPIC = AttributeKey.stringKey("messaging.destination.name");

    private final Clock clock;
    private final LongCounter delivered;
    private final LongCounter failed;
    private final DoubleHistogram latency;
    /** The time of the first event a round could not deliver; null when caught up. */
    private final AtomicReference<Instant> oldestWaiting = new AtomicReference<>();

    RelayMetrics(OpenTelemetry openTelemetry, Clock clock) {
        this.clock = clock;
        Meter meter = openTelemetry.getMeter("io.contractspec.kafka");
        delivered = meter.counterBuilder("contractspec.kafka.relay.delivered").setUnit("{event}")
                .setDescription("Events the broker acknowledged").build();
        failed = meter.counterBuilder("contractspec.kafka.relay.failed").setUnit("{event}")
                .setDescription("Event sends that failed; the events stay in the outbox and are sent again").build();
        latency = meter.histogramBuilder("contractspec.kafka.relay.latency").setUnit("ms")
                .setDescription("From the event's commit time to the broker's acknowledgement").build();
        meter.gaugeBuilder("contractspec.kafka.relay.lag").ofLongs().setUnit("ms")
                .setDescription("Age of the oldest event waiting in the outbox for the relay (0: caught up)")
                .buildWithCallback(gauge -> gauge.record(lagMillis()));
    }

    @Override
    public void delivered(EventEnvelope event, String topic, int partition, long offset, Instant acknowledgedAt) {
        delivered.add(1, Attributes.of(TOPIC, topic));
        latency.record(Duration.between(event.occurredAt(), acknowledgedAt).toNanos() / 1e6, Attributes.of(TOPIC, topic));
    }

    @Override
    public void failed(EventEnvelope event, String topic, Exception cause) {
        failed.add(1, Attributes.of(TOPIC, topic));
        oldestWaiting.compareAndSet(null, event.occurredAt());
    }

    @Override
    public void roundEnded(int deliveredCount, int pending) {
        if (pending == 0) {
            oldestWaiting.set(null);
        }
    }

    long lagMillis() {
        Instant waiting = oldestWaiting.get();
        return waiting == null ? 0 : Math.max(0, Duration.between(waiting, clock.instant()).toMillis());
    }
}
