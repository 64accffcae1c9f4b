package io.contractspec.runtime;

/**
 * Receives committed events, at least once and in order. A subscriber that throws sees the same
 * event again on the next relay, so it must tolerate duplicates (dedupe by envelope id).
 */
@FunctionalInterface
public interface EventSubscriber {

    void onEvent(EventEnvelope event) throws Exception;
}
