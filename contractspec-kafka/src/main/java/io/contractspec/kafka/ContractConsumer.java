package io.contractspec.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.ValidationResult;
import io.contractspec.schema.binding.RecordBinding;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one event spec's topic and holds every record to the contract: the CloudEvents headers
 * must name the spec ({@code ce_type} = its key, {@code ce_contractversion} = its version) and the
 * payload must validate against its payload model. Records that pass are read into a Java record
 * ({@link RecordBinding}); those that do not come back as {@link ConsumedEvent.Rejected} with every
 * issue, never as an exception; a record whose {@code ce_id} was accepted before comes back as
 * {@link ConsumedEvent.Duplicate} (delivery is at least once).
 *
 * <pre>{@code
 * try (ContractConsumer<InstanceStarted> started = ContractConsumer.builder(INSTANCE_STARTED, InstanceStarted.class,
 *         "localhost:9092", "billing").build()) {
 *     for (ConsumedEvent<InstanceStarted> event : started.poll(Duration.ofSeconds(1))) { ... }
 *     started.commit();
 * }
 * }</pre>
 *
 * Not thread-safe, like the Kafka consumer it wraps. Offsets are committed by {@link #commit()}.
 */
@PublicApi
public final class ContractConsumer<R extends Record> implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventSpec spec;
    private final RecordBinding<R> binding;
    private final KafkaConsumer<String, byte[]> consumer;
    private final SeenEventIds seen;

    private ContractConsumer(Builder<R> builder) {
        this.spec = builder.spec;
        this.binding = RecordBinding.of(spec.payload(), builder.recordType);
        this.seen = new SeenEventIds(builder.rememberedIds);
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, builder.bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, builder.groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The relay writes in transactions: records of an aborted attempt are not events.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putAll(builder.consumerProperties);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(builder.topics.topicFor(spec.key())));
    }

    public static <R extends Record> Builder<R> builder(EventSpec spec, Class<R> recordType, String bootstrapServers,
            String groupId) {
        return new Builder<>(spec, recordType, bootstrapServers, groupId);
    }

    /** Reads what arrived within {@code timeout}, each record checked against the contract. */
    public List<ConsumedEvent<R>> poll(Duration timeout) {
        List<ConsumedEvent<R>> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            events.add(check(record));
        }
        return events;
    }

    /** Commits the offsets of everything polled so far. */
    public void commit() {
        consumer.commitSync();
    }

    @Override
    public void close() {
        consumer.close();
    }

    ConsumedEvent<R> check(ConsumerRecord<String, byte[]> record) {
        List<Diagnostic> issues = new ArrayList<>();
        Optional<String> id = header(record, CloudEventHeaders.ID, issues);
        header(record, CloudEventHeaders.SPEC_VERSION, issues).filter(v -> !v.equals(CloudEventHeaders.CLOUD_EVENTS_VERSION))
                .ifPresent(v -> issues.add(Diagnostic.issue("cloudevents.specversion", CloudEventHeaders.SPEC_VERSION,
                        "CloudEvents " + v + " is not supported; expected " + CloudEventHeaders.CLOUD_EVENTS_VERSION)));
        header(record, CloudEventHeaders.TYPE, issues).filter(type -> !type.equals(spec.meta().key()))
                .ifPresent(type -> issues.add(Diagnostic.issue("cloudevents.type", CloudEventHeaders.TYPE,
                        "the record is a '" + type + "' event; this consumer reads '" + spec.meta().key() + "'")));
        header(record, CloudEventHeaders.CONTRACT_VERSION, issues).filter(v -> !v.equals(spec.meta().version()))
                .ifPresent(v -> issues.add(Diagnostic.issue("cloudevents.contractversion", CloudEventHeaders.CONTRACT_VERSION,
                        "the record follows version " + v + " of the event; this consumer reads " + spec.meta().version())));
        Optional<Instant> time = header(record, CloudEventHeaders.TIME, issues).flatMap(text -> instant(text, issues));
        Optional<JsonNode> payload = payload(record, issues);
        payload.map(spec.payload()::validate).map(ValidationResult::issues).ifPresent(issues::addAll);
        if (!issues.isEmpty()) {
            return new ConsumedEvent.Rejected<>(record.topic(), record.partition(), record.offset(), issues);
        }
        if (!seen.firstTime(id.orElseThrow())) {
            return new ConsumedEvent.Duplicate<>(record.topic(), record.partition(), record.offset(), id.get());
        }
        return new ConsumedEvent.Accepted<>(record.topic(), record.partition(), record.offset(), id.get(),
                time.orElseThrow(), CloudEventHeaders.read(record.headers(), CloudEventHeaders.SUBJECT),
                binding.read(payload.orElseThrow()));
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name, List<Diagnostic> issues) {
        Optional<String> value = CloudEventHeaders.read(record.headers(), name);
        if (value.isEmpty()) {
            issues.add(Diagnostic.issue("cloudevents.missing", name, "the record has no " + name + " header"));
        }
        return value;
    }

    private static Optional<Instant> instant(String text, List<Diagnostic> issues) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            issues.add(Diagnostic.issue("cloudevents.time", CloudEventHeaders.TIME, "'" + text + "' is not an RFC 3339 time"));
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> payload(ConsumerRecord<String, byte[]> record, List<Diagnostic> issues) {
        if (record.value() == null) {
            issues.add(Diagnostic.issue("payload.missing", "", "the record has no value"));
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(record.value()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            issues.add(Diagnostic.issue("payload.json", "", "the record value is not JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            issues.add(Diagnostic.issue("payload.json", "", "the record value could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Configures a consumer of one event spec. */
    public static final class Builder<R extends Record> {
        private final EventSpec spec;
        private final Class<R> recordType;
        private final String bootstrapServers;
        private final String groupId;
        private TopicMapping topics = TopicMapping.eventKey();
        private int rememberedIds = 100_000;
        private final Map<String, Object> consumerProperties = new HashMap<>();

        private Builder(EventSpec spec, Class<R> recordType, String bootstrapServers, String groupId) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.recordType = Objects.requireNonNull(recordType, "recordType");
            this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            this.groupId = Objects.requireNonNull(groupId, "groupId");
        }

        /** The same mapping the relay uses (default: the event key is the topic). */
        public Builder<R> topics(TopicMapping topics) {
            this.topics = Objects.requireNonNull(topics, "topics");
            return this;
        }

        /** How many accepted event ids to remember for recognising duplicates (default 100 000). */
        public Builder<R> rememberedIds(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("rememberedIds must be at least 1, got " + count);
            }
            this.rememberedIds = count;
            return this;
        }

        public Builder<R> consumerProperty(String name, Object value) {
            consumerProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public ContractConsumer<R> build() {
            return new ContractConsumer<>(this);
        }
    }
}
