package io.contractspec.examples.workflow.app;

import io.contractspec.examples.workflow.WorkflowRuntime;
import io.contractspec.kafka.KafkaRelay;
import io.contractspec.runtime.jdbc.JdbcLeases;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The application's events on Kafka ({@code --kafka}): the outbox relayed as CloudEvents, one topic
 * per event key, by one node of a cluster at a time (a database lease), woken when a call commits
 * events. Without {@code --kafka} it does nothing.
 */
final class KafkaEvents implements AutoCloseable {

    static final String SOURCE = "/workflow-system";
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Optional<String> bootstrapServers;
    private KafkaRelay relay;

    private KafkaEvents(Optional<String> bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaEvents configured(AppSettings settings) {
        return new KafkaEvents(settings.kafka());
    }

    void start(WorkflowRuntime runtime, Duration pollInterval) {
        if (bootstrapServers.isEmpty()) {
            return;
        }
        relay = KafkaRelay.builder(new JdbcOutboxStore(runtime.dataSource()), runtime.registry(), bootstrapServers.get())
                .source(SOURCE)
                .wakeUpOn(runtime.eventBus())
                .pollInterval(pollInterval)
                .lease(new JdbcLeases(runtime.dataSource(), Clock.systemUTC()), "node-" + UUID.randomUUID(), LEASE)
                .build()
                .start();
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
    }
}
