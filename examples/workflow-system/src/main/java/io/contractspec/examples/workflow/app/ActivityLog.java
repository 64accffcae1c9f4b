package io.contractspec.examples.workflow.app;

import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.EventSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's own event subscriber: one debug line per committed event, under the logger
 * {@value #LOGGER}. It stands where a broker publisher would: fed from the outbox, at least once,
 * in order. Run with {@code -Dorg.slf4j.simpleLogger.log.workflow.events=debug} to see it.
 */
final class ActivityLog implements EventSubscriber {

    static final String NAME = "activity-log";
    static final String LOGGER = "workflow.events";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void onEvent(EventEnvelope event) {
        LOG.debug("{} {}", event.key(), event.payload());
    }
}
