package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import java.util.Map;
import java.util.Objects;

/**
 * Which topic an event goes to, by its spec key. One topic per event key keeps every topic's
 * records of one shape, so a consumer subscribes by event spec ({@link ContractConsumer}).
 */
@FunctionalInterface
@PublicApi
public interface TopicMapping {

    String topicFor(String eventKey);

    /** The event key is the topic: {@code workflow.instance.started}. */
    static TopicMapping eventKey() {
        return eventKey -> eventKey;
    }

    /** The event key behind a prefix, e.g. an environment: {@code prod.workflow.instance.started}. */
    static TopicMapping prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return eventKey -> prefix + eventKey;
    }

    /** The given topics for the listed keys, {@code otherwise} for the rest. */
    static TopicMapping of(Map<String, String> topics, TopicMapping otherwise) {
        Map<String, String> copy = Map.copyOf(topics);
        Objects.requireNonNull(otherwise, "otherwise");
        return eventKey -> copy.getOrDefault(eventKey, otherwise.topicFor(eventKey));
    }
}
