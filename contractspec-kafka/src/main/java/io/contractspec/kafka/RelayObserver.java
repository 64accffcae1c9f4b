package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import io.contractspec.runtime.EventEnvelope;
import java.time.Instant;

/**
 * Observes the relay: every hook has a no-op default. The relay's OpenTelemetry metrics are one
 * observer; a benchmark or a test can add its own ({@link KafkaRelay.Builder#observer}).
 * Hooks run on the relay's thread and must not throw.
 */
@PublicApi
public interface RelayObserver {

    /** The broker acknowledged the event (written with {@code acks=all}) at {@code acknowledgedAt}. */
    default void delivered(EventEnvelope event, String topic, int partition, long offset, Instant acknowledgedAt) {}

    /** The event could not be sent; it stays in the outbox and is sent again, in order, later. */
    default void failed(EventEnvelope event, String topic, Exception cause) {}

    /** A round ended with {@code pending} events read but not yet taken over (0: caught up). */
    default void roundEnded(int delivered, int pending) {}
}
