package io.contractspec.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.schema.ExactJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends one batch of events as one Kafka transaction: all of it becomes visible to
 * {@code read_committed} consumers, or none of it. Pipelined sends alone cannot keep order across
 * a failure (a record can fail, e.g. its topic's metadata did not arrive in time, while the next one
 * of the same partition succeeds); an aborted transaction hides the records that did get through,
 * and the whole batch is sent again, in order, next round.
 *
 * <p>After any failure the producer is closed and a new one is made for the next batch; its
 * {@code initTransactions} (same {@code transactional.id}) ends whatever the old one left open.
 */
final class RelayBatch implements AutoCloseable {

    private static final JsonMapper JSON = ExactJson.mapper();

    private final Supplier<Producer<String, byte[]>> producers;
    private final TopicMapping topics;
    private final PartitionKeys keys;
    private final String source;
    private final RelayObserver observer;
    private final Clock clock;
    private Producer<String, byte[]> producer;

    RelayBatch(Supplier<Producer<String, byte[]>> producers, TopicMapping topics, PartitionKeys keys, String source,
            RelayObserver observer, Clock clock) {
        this.producers = producers;
        this.topics = topics;
        this.keys = keys;
        this.source = source;
        this.observer = observer;
        this.clock = clock;
    }

    /** Returns how many events the broker took: all of them, or 0 when the transaction failed. */
    int send(List<EventEnvelope> events) throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        try {
            Producer<String, byte[]> current = producer();
            current.beginTransaction();
            for (EventEnvelope event : events) {
                sent.add(current.send(record(event)));
            }
            current.commitTransaction();
        } catch (KafkaException e) {
            events.forEach(event -> observer.failed(event, topics.topicFor(event.key()), e));
            discardProducer();
            return 0;
        }
        Instant acknowledged = clock.instant();
        for (int i = 0; i < events.size(); i++) {
            try {
                RecordMetadata metadata = sent.get(i).get();
                observer.delivered(events.get(i), metadata.topic(), metadata.partition(), metadata.offset(), acknowledged);
            } catch (ExecutionException committedAnyway) {
                throw new IllegalStateException("a record of a committed transaction failed", committedAnyway);
            }
        }
        return events.size();
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> created = producers.get();
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** The payload as UTF-8 JSON, written straight to bytes (the same text as the node's {@code toString()}). */
    private static byte[] payload(EventEnvelope event) {
        try {
            return JSON.writeValueAsBytes(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the payload of event " + event.id(), e);
        }
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope event) {
        Optional<String> key = keys.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.topicFor(event.key()), null,
                key.orElse(null), payload(event));
        CloudEventHeaders.write(record.headers(), event, source, key);
        return record;
    }
}
