package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;


/**
 * Receives committed events, at least once and in order. A subscriber that throws sees the same
 * event again on the next relay, so it must tolerate duplicates (dedupe by envelope id).
 */
@FunctionalInterface
@PublicApi
public interface EventSubscriber {

    void onEvent(EventEnvelope event) throws Exception;
}
