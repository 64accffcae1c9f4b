package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.testing.kafka.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The events as the outbox ordered them and as Kafka holds them, both as "event key → partition
 * key → event ids in order", so a test compares what was committed with what was published.
 */
final class KafkaTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaTopics() {}

    /**
     * Every committed event of the schema, in delivery order, grouped by event key and partition key.
     * Rows the relay's sequencer has not numbered yet come last, in insert order, as it will number them.
     */
    static Map<String, Map<String, List<String>>> committed(DataSource dataSource, ContractRegistry registry) {
        Map<String, Map<String, List<String>>> events = new TreeMap<>();
        for (CommittedEvents.Event event : CommittedEvents.read(dataSource, 0)) {
            String path = registry.event(event.key()).flatMap(EventSpec::partitionKey).orElseThrow();
            JsonNode value = event.payload();
            for (String name : path.split("\\.")) {
                value = value.path(name);
            }
            events.computeIfAbsent(event.key(), k -> new TreeMap<>()).computeIfAbsent(value.asText(), k -> new ArrayList<>())
                    .add(event.id());
        }
        return events;
    }

    /** The records on each event key's topic ({@code prefix + key}), grouped by record key, in offset order. */
    static Map<String, Map<String, List<String>>> published(String bootstrapServers, String prefix,
            Map<String, Map<String, List<String>>> expected) {
        Map<String, Map<String, List<String>>> events = new TreeMap<>();
        expected.forEach((key, byPartitionKey) -> {
            int count = byPartitionKey.values().stream().mapToInt(List::size).sum();
            for (ConsumerRecord<String, byte[]> record : records(bootstrapServers, prefix + key, count)) {
                events.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(header(record, "ce_id"));
            }
        });
        return events;
    }

    static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic, int expected) {
        return TopicRecords.read(bootstrapServers, topic, expected, Duration.ofSeconds(90));
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
