package io.contractspec.kafka;

import io.contractspec.runtime.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends one batch of events and tells how many of them, from the first, the broker acknowledged.
 * The records go out together (the producer pipelines them) and are confirmed together after a
 * flush. With an idempotent producer, a partition's acknowledged records are a prefix of what was
 * sent to it, so re-sending everything after the first failure keeps order per key; records of other
 * partitions after that point may be published twice, with the same {@code ce_id}.
 */
final class RelayBatch {

    private final Producer<String, byte[]> producer;
    private final TopicMapping topics;
    private final PartitionKeys keys;
    private final String source;
    private final RelayObserver observer;
    private final Clock clock;

    RelayBatch(Producer<String, byte[]> producer, TopicMapping topics, PartitionKeys keys, String source,
            RelayObserver observer, Clock clock) {
        this.producer = producer;
        this.topics = topics;
        this.keys = keys;
        this.source = source;
        this.observer = observer;
        this.clock = clock;
    }

    int send(List<EventEnvelope> events) throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            try {
                sent.add(producer.send(record(event)));
            } catch (KafkaException e) {
                observer.failed(event, topics.topicFor(event.key()), e); // e.g. no metadata while the broker is down
                break;
            }
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            EventEnvelope event = events.get(i);
            try {
                RecordMetadata acknowledged = sent.get(i).get();
                observer.delivered(event, acknowledged.topic(), acknowledged.partition(), acknowledged.offset(),
                        clock.instant());
            } catch (ExecutionException e) {
                observer.failed(event, topics.topicFor(event.key()), e);
                return i;
            }
        }
        return sent.size();
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope event) {
        java.util.Optional<String> key = keys.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.topicFor(event.key()), null,
                key.orElse(null), event.payload().toString().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), event, source, key);
        return record;
    }
}
