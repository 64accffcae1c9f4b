package io.contractspec.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.EventBus;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.runtime.memory.InMemoryUnitOfWork;
import io.contractspec.testing.kafka.KafkaBrokerProcess;
import io.contractspec.testing.kafka.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay against a real broker (one per class, three partitions per topic), from an in-memory outbox. */
class KafkaRelayTest {

    private static KafkaBrokerProcess broker;

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryOutboxStore outbox = new InMemoryOutboxStore();

    @BeforeAll
    static void startBroker() {
        broker = KafkaBrokerProcess.start(0, 3);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void relaysEachEventOnceWithCloudEventHeadersKeyedByItsPartitionKey() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int line = 1; line <= 12; line++) {
            events.add(Orders.placed("ev-" + line, "order-" + (line % 3), line));
        }
        Orders.commit(unitOfWork, outbox, events.subList(0, 5));
        Orders.commit(unitOfWork, outbox, events.subList(5, 12));

        try (KafkaRelay relay = relay("headers.").build()) {
            assertThat(relay.relayOnce()).isEqualTo(12);
            assertThat(relay.relayOnce()).isZero();
        }

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.read(broker.bootstrapServers(), "headers.order.placed",
                12, Duration.ofSeconds(60));
        assertThat(records).hasSize(12);
        ConsumerRecord<String, byte[]> first = records.stream().filter(r -> header(r, "ce_id").equals("ev-1")).findFirst()
                .orElseThrow();
        assertThat(first.key()).isEqualTo("order-1");
        assertThat(headers(first)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0", "ce_id", "ev-1", "ce_type", "order.placed", "ce_source", "/shop",
                "ce_time", "2026-01-01T10:00:01Z", "ce_subject", "order-1", "ce_contractversion", "1.0.0",
                "content-type", "application/json"));
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo("{\"orderId\":\"order-1\",\"line\":1}");
        // One partition per key, and within it the commit order.
        Map<String, List<String>> linesByKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> header(r, "ce_id"), Collectors.toList())));
        assertThat(linesByKey).containsExactlyInAnyOrderEntriesOf(Map.of(
                "order-0", List.of("ev-3", "ev-6", "ev-9", "ev-12"),
                "order-1", List.of("ev-1", "ev-4", "ev-7", "ev-10"),
                "order-2", List.of("ev-2", "ev-5", "ev-8", "ev-11")));
        records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())))
                .forEach((key, partitions) -> assertThat(partitions).as(key).hasSize(1));
    }

    @Test
    void eventsWaitInTheOutboxWhileTheBrokerIsDownAndLeaveInOrderOnceItIsBack() throws Exception {
        try (KafkaRelay relay = relay("outage.").sendTimeout(Duration.ofSeconds(3)).build()) {
            Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-1", "order-1", 1)));
            assertThat(relayUntil(relay, 1)).isEqualTo(1); // a new topic's metadata may take more than one round

            broker.kill();
            Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-2", "order-1", 2), Orders.placed("ev-3", "order-1", 3)));
            assertThat(relay.relayOnce()).isZero();
            assertThat(relay.relayOnce()).isZero();

            broker.restart();
            Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-4", "order-1", 4)));
            assertThat(relayUntil(relay, 3)).isEqualTo(3);
        }
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.read(broker.bootstrapServers(), "outage.order.placed",
                4, Duration.ofSeconds(60));
        assertThat(records).extracting(r -> header(r, "ce_id")).containsExactly("ev-1", "ev-2", "ev-3", "ev-4");
    }

    @Test
    void eventsCommittedWhileTheRelayLingersLeaveInOneRound() throws Exception {
        OutboxWakeUp wakeUp = new OutboxWakeUp();
        List<Integer> rounds = new CopyOnWriteArrayList<>();
        CountDownLatch sent = new CountDownLatch(3);
        CountDownLatch idle = new CountDownLatch(1);
        RelayObserver observer = counting(sent, idle, rounds);
        // A long linger, so that the three commits surely fall into it however slow the machine.
        try (KafkaRelay relay = relay("linger.").wakeUp(wakeUp).observer(observer).linger(Duration.ofSeconds(2))
                .build().start()) {
            assertThat(idle.await(60, TimeUnit.SECONDS)).isTrue(); // its first round found nothing
            for (int line = 1; line <= 3; line++) {
                Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-" + line, "order-1", line)));
                wakeUp.signal();
            }
            assertThat(sent.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(rounds).containsExactly(3);
    }

    @Test
    void aRelayWokenThroughTheEventBusSendsAtItsWakeUpNotAtItsPoll() throws Exception {
        EventBus bus = new EventBus(outbox); // no subscribers: the bus's own dispatcher never runs
        CountDownLatch sent = new CountDownLatch(1);
        CountDownLatch idle = new CountDownLatch(1);
        RelayObserver observer = counting(sent, idle, new CopyOnWriteArrayList<>());
        try (KafkaRelay relay = relay("woken.").wakeUpOn(bus).observer(observer).pollInterval(Duration.ofHours(1))
                .build().start()) {
            assertThat(idle.await(60, TimeUnit.SECONDS)).isTrue(); // its first round found nothing; next poll in an hour
            Orders.commit(unitOfWork, outbox, List.of(Orders.placed("ev-1", "order-1", 1)));
            bus.wake(); // what the commit step does after a commit that appended events
            assertThat(sent.await(60, TimeUnit.SECONDS)).as("sent after the wake-up").isTrue();
        }
    }

    @Test
    void refusesANegativeLinger() {
        assertThatThrownBy(() -> relay("refused.").linger(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linger must be zero or positive");
    }

    /** Runs rounds until {@code expected} events went out or 20 rounds (each bounded by the send timeout) did not get there. */
    private static int relayUntil(KafkaRelay relay, int expected) {
        int relayed = 0;
        for (int round = 0; round < 20 && relayed < expected; round++) {
            relayed += relay.relayOnce();
        }
        return relayed;
    }

    /** Counts sent events down on {@code sent}, every round down on {@code idle}, and keeps the sizes of rounds that sent. */
    private static RelayObserver counting(CountDownLatch sent, CountDownLatch idle, List<Integer> rounds) {
        return new RelayObserver() {
            @Override
            public void delivered(EventEnvelope event, String topic, int partition, long offset, Instant at) {
                sent.countDown();
            }

            @Override
            public void roundEnded(int delivered, int pending) {
                if (delivered > 0) {
                    rounds.add(delivered);
                }
                idle.countDown();
            }
        };
    }

    private KafkaRelay.Builder relay(String topicPrefix) {
        return KafkaRelay.builder(outbox, Orders.REGISTRY, broker.bootstrapServers())
                .topics(TopicMapping.prefixed(topicPrefix))
                .source("/shop");
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            all.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return all;
    }
}
