package io.contractspec.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.kafka.Orders.OrderPlaced;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.schema.Diagnostic;
import io.contractspec.testing.kafka.KafkaBrokerProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract-checked consumer against a real broker: typed records, duplicates by id, forged records refused. */
class ContractConsumerTest {

    private static KafkaBrokerProcess broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBrokerProcess.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void readsRelayedEventsAsTypedRecordsAndRecognisesARepublishedOneById() throws Exception {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        InMemoryOutboxStore outbox = new InMemoryOutboxStore();
        Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-1", "order-1", 1), Orders.placed("ev-2", "order-1", 2)));
        try (KafkaRelay relay = KafkaRelay.builder(outbox, Orders.REGISTRY, broker.bootstrapServers())
                .topics(TopicMapping.prefixed("typed.")).build()) {
            relay.relayOnce();
            // A second relay with its own outbox position publishes the same events again, as after a crash.
            try (KafkaRelay again = KafkaRelay.builder(outbox, Orders.REGISTRY, broker.bootstrapServers())
                    .topics(TopicMapping.prefixed("typed.")).subscriber("kafka-again").build()) {
                again.relayOnce();
            }
        }

        List<ConsumedEvent<OrderPlaced>> consumed = consume("typed.", 4);

        assertThat(consumed).hasSize(4);
        assertThat(consumed.subList(0, 2)).containsExactly(
                accepted(consumed.get(0), "ev-1", new OrderPlaced("order-1", 1), "2026-01-01T10:00:01Z"),
                accepted(consumed.get(1), "ev-2", new OrderPlaced("order-1", 2), "2026-01-01T10:00:02Z"));
        assertThat(consumed.subList(2, 4)).extracting(event -> ((ConsumedEvent.Duplicate<OrderPlaced>) event).id())
                .containsExactly("ev-1", "ev-2");
    }

    @Test
    void rejectsAForgedPayloadAndForeignHeadersNamingEachField() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(forged("{\"orderId\":\"order-1\",\"line\":\"lots\",\"discount\":100}", "order.placed", "1.0.0"));
            producer.send(forged("{\"orderId\":\"order-1\",\"line\":3}", "order.cancelled", "2.0.0"));
            producer.send(forged("not json", "order.placed", "1.0.0"));
            producer.flush();
        }

        List<ConsumedEvent<OrderPlaced>> consumed = consume("forged.", 3);

        assertThat(consumed).hasSize(3).allSatisfy(event -> assertThat(event).isInstanceOf(ConsumedEvent.Rejected.class));
        assertThat(issues(consumed.get(0))).extracting(Diagnostic::path).contains("line", "discount");
        assertThat(issues(consumed.get(1))).extracting(Diagnostic::path).containsExactlyInAnyOrder("ce_type", "ce_contractversion");
        assertThat(issues(consumed.get(2))).extracting(Diagnostic::code).containsExactly("payload.json");
    }

    private static ProducerRecord<String, String> forged(String payload, String type, String version) {
        ProducerRecord<String, String> record = new ProducerRecord<>("forged.order.placed", "order-1", payload);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes("forged-" + type + payload.length()))
                .add("ce_type", bytes(type)).add("ce_source", bytes("/elsewhere"))
                .add("ce_time", bytes("2026-01-01T10:00:00Z")).add("ce_contractversion", bytes(version));
        return record;
    }

    private static List<ConsumedEvent<OrderPlaced>> consume(String prefix, int expected) {
        List<ConsumedEvent<OrderPlaced>> consumed = new ArrayList<>();
        try (ContractConsumer<OrderPlaced> consumer = ContractConsumer.builder(Orders.ORDER_PLACED, OrderPlaced.class,
                broker.bootstrapServers(), "test-" + prefix).topics(TopicMapping.prefixed(prefix)).build()) {
            Instant deadline = Instant.now().plusSeconds(60);
            while (consumed.size() < expected && Instant.now().isBefore(deadline)) {
                consumed.addAll(consumer.poll(Duration.ofMillis(200)));
            }
            consumer.commit();
        }
        return consumed;
    }

    private static ConsumedEvent.Accepted<OrderPlaced> accepted(ConsumedEvent<OrderPlaced> where, String id,
            OrderPlaced payload, String time) {
        return new ConsumedEvent.Accepted<>(where.topic(), where.partition(), where.offset(), id, Instant.parse(time),
                Optional.of(payload.orderId()), payload);
    }

    private static List<Diagnostic> issues(ConsumedEvent<OrderPlaced> event) {
        return ((ConsumedEvent.Rejected<OrderPlaced>) event).issues();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
