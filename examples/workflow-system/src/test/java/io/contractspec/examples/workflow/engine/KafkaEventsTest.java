package io.contractspec.examples.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.examples.workflow.WorkflowOptions;
import io.contractspec.kafka.KafkaRelay;
import io.contractspec.kafka.RelayObserver;
import io.contractspec.kafka.TopicMapping;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.jdbc.JdbcLeases;
import io.contractspec.runtime.jdbc.JdbcOutboxStore;
import io.contractspec.testing.kafka.KafkaBrokerProcess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The workflow engine's events relayed from PostgreSQL to a real Kafka broker (a child JVM, one per
 * class, three partitions per topic): every expense approval's events on their topics, per
 * instance in commit order, with CloudEvents headers; nothing lost while the broker is down; each
 * event published once by two nodes sharing the database.
 */
class KafkaEventsTest {

    private static KafkaBrokerProcess broker;

    private final ManualClock clock = ManualClock.at("2025-01-01T09:00:00Z");
    private final List<AutoCloseable> opened = new ArrayList<>();
    private PostgresSchema schema;
    private String topicPrefix;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBrokerProcess.start(0, 3);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void createSchema(TestInfo test) {
        schema = new PostgresSchema();
        topicPrefix = test.getTestMethod().orElseThrow().getName() + ".";
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        schema.close();
    }

    @Test
    void expenseApprovalEventsArriveOnTheirTopicsInOrderWithCloudEventHeaders() {
        ClusterNode node = node("node-a");
        ClusterDesigns.expenseApproval(node, TestWorkflow.ADMIN);
        List<String> instances = ExpenseApprovals.startAndApprove(node, schema, 3);
        KafkaRelay relay = relay(node, false);
        Map<String, Map<String, List<String>>> committed = KafkaTopics.committed(schema.dataSource, node.runtime.registry());
        int total = committed.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum();

        int relayed = 0;
        for (int round = 0; round < 20 && relayed < total; round++) {
            relayed += relay.relayOnce(); // a batch whose new topics' metadata is late fails whole and comes again
        }

        assertThat(relayed).isEqualTo(total);
        assertThat(committed).containsKeys("workflow.instance.started", "workflow.step.entered", "workflow.approval.requested",
                "workflow.approval.decided", "workflow.step.exited", "workflow.instance.completed");
        assertThat(KafkaTopics.published(broker.bootstrapServers(), topicPrefix, committed)).isEqualTo(committed);

        ConsumerRecord<String, byte[]> started = KafkaTopics.records(broker.bootstrapServers(),
                topicPrefix + "workflow.instance.started", 3).get(0);
        Map<String, String> headers = KafkaTopics.headers(started);
        assertThat(instances).contains(started.key());
        assertThat(headers).containsEntry("ce_specversion", "1.0").containsEntry("ce_type", "workflow.instance.started")
                .containsEntry("ce_source", "/workflow-system").containsEntry("ce_subject", started.key())
                .containsEntry("ce_contractversion", "1.0.0").containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        assertThat(Instant.parse(headers.get("ce_time"))).isEqualTo(clock.instant());
        assertThat(committed.get("workflow.instance.started").get(started.key())).containsExactly(headers.get("ce_id"));
    }

    @Test
    void eventsCommittedWhileTheBrokerIsDownArePublishedInOrderOnceItIsBack() {
        ClusterNode node = node("node-a");
        relay(node, true).start();
        ClusterDesigns.expenseApproval(node, TestWorkflow.ADMIN);
        List<String> instances = ExpenseApprovals.start(node, 4);

        broker.kill();
        ExpenseApprovals.decide(node, schema, TestWorkflow.MANAGER, instances);
        ExpenseApprovals.decide(node, schema, TestWorkflow.FINANCE, instances.subList(0, 2));
        broker.restart();
        ExpenseApprovals.decide(node, schema, TestWorkflow.FINANCE, instances.subList(2, 4));

        Map<String, Map<String, List<String>>> committed = KafkaTopics.committed(schema.dataSource, node.runtime.registry());
        Map<String, Map<String, List<String>>> published = KafkaTopics.published(broker.bootstrapServers(), topicPrefix, committed);
        // A send cut off by the crash may be published twice (same ce_id); with its repeats removed,
        // every event is there, per instance in commit order.
        assertThat(withoutRepeats(published)).isEqualTo(committed);
    }

    @Test
    void twoNodesOnOneDatabasePublishEachEventOnce() throws Exception {
        ClusterNode a = node("node-a");
        ClusterNode b = node("node-b");
        AtomicInteger relayedByA = new AtomicInteger();
        AtomicInteger relayedByB = new AtomicInteger();
        relay(a, true, counting(relayedByA)).start();
        relay(b, true, counting(relayedByB)).start();

        ClusterDesigns.expenseApproval(a, TestWorkflow.ADMIN);
        List<String> instances = new ArrayList<>(ExpenseApprovals.start(a, 3));
        instances.addAll(ExpenseApprovals.start(b, 3));
        ExpenseApprovals.decide(b, schema, TestWorkflow.MANAGER, instances);
        ExpenseApprovals.decide(a, schema, TestWorkflow.FINANCE, instances);

        Map<String, Map<String, List<String>>> committed = KafkaTopics.committed(schema.dataSource, a.runtime.registry());
        assertThat(KafkaTopics.published(broker.bootstrapServers(), topicPrefix, committed)).isEqualTo(committed);
        int total = committed.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum();
        // One node holds the relay lease; the other stands by.
        assertThat(List.of(relayedByA.get(), relayedByB.get())).containsExactlyInAnyOrder(total, 0);
    }

    private ClusterNode node(String name) {
        ClusterNode node = new ClusterNode(name, schema.url(), PostgresSchema.user(), PostgresSchema.password(), clock,
                WorkflowOptions.builder().nodeId(name).build());
        opened.add(node);
        return node;
    }

    /**
     * The node's relay: its outbox on the shared schema, its registry, the lease held in its name;
     * {@code woken} by the node's event bus, else by its poll alone.
     */
    private KafkaRelay relay(ClusterNode node, boolean woken, RelayObserver... observers) {
        KafkaRelay.Builder builder = KafkaRelay.builder(new JdbcOutboxStore(schema.dataSource), node.runtime.registry(),
                        broker.bootstrapServers())
                .topics(TopicMapping.prefixed(topicPrefix))
                .source("/workflow-system")
                .sendTimeout(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .lease(new JdbcLeases(schema.dataSource, Clock.systemUTC()), node.name, Duration.ofSeconds(30));
        if (woken) {
            builder.wakeUpOn(node.runtime.eventBus());
        }
        for (RelayObserver observer : observers) {
            builder.observer(observer);
        }
        KafkaRelay relay = builder.build();
        opened.add(relay);
        return relay;
    }

    private static RelayObserver counting(AtomicInteger delivered) {
        return new RelayObserver() {
            @Override
            public void delivered(EventEnvelope event, String topic, int partition, long offset, Instant acknowledgedAt) {
                delivered.incrementAndGet();
            }
        };
    }

    private static Map<String, Map<String, List<String>>> withoutRepeats(Map<String, Map<String, List<String>>> published) {
        Map<String, Map<String, List<String>>> distinct = new java.util.TreeMap<>();
        published.forEach((key, byPartitionKey) -> byPartitionKey.forEach((partitionKey, ids) ->
                distinct.computeIfAbsent(key, k -> new java.util.TreeMap<>()).put(partitionKey, ids.stream().distinct().toList())));
        return distinct;
    }
}
