package io.contractspec.kafka;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.EventBus;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.runtime.jdbc.JdbcLeases;
import io.contractspec.runtime.spi.OutboxStore;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Relays the outbox to Kafka: each committed event becomes one record on its event key's topic
 * ({@link TopicMapping}), keyed by the event's partition key (so one aggregate's events stay in
 * order), with CloudEvents 1.0 headers in binary mode and the JSON payload as value.
 *
 * <p>The relay is an outbox subscriber (named {@value #SUBSCRIBER} unless told otherwise) fed in
 * batches: it sends a batch as one Kafka transaction (idempotent producer, {@code acks=all}) and
 * advances its outbox position only once the transaction has committed. When the broker is down the
 * transaction fails, so the events wait in the outbox and go out, in order, once it is back; records
 * of a failed attempt are aborted, invisible to {@code read_committed} consumers. An event is published
 * twice only when the relay stopped between the broker's commit and the position's (a crash) —
 * consumers recognise it by {@code ce_id}.
 *
 * <p>With {@link Builder#lease} one node of a cluster relays at a time (a database lease); the
 * others stand by. {@link #start()} runs the relay on a thread of its own, woken through the
 * event bus when a call commits events ({@link Builder#wakeUpOn}) and otherwise every poll
 * interval; callers never deliver. {@link #relayOnce()} runs one round on the calling thread.
 */
@PublicApi
public final class KafkaRelay implements AutoCloseable {

    public static final String SUBSCRIBER = "kafka";
    private static final System.Logger LOG = System.getLogger(KafkaRelay.class.getName());

    private final OutboxStore outbox;
    private final String subscriber;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration linger;
    private final Object lingering = new Object();
    private final RelayLease lease;
    private final OutboxWakeUp wakeUp;
    private final RelayObserver observer;
    private final RelayBatch batch;
    private volatile boolean running;
    private Thread thread;

    private KafkaRelay(Builder builder) {
        this.outbox = builder.outbox;
        this.subscriber = builder.subscriber;
        this.batchSize = builder.batchSize;
        this.pollInterval = builder.pollInterval;
        this.linger = builder.linger;
        this.wakeUp = builder.wakeUp != null ? builder.wakeUp : new OutboxWakeUp();
        this.lease = builder.leases == null ? null : new RelayLease(builder.leases, "contractspec.relay." + subscriber,
                builder.holder, builder.leaseDuration, builder.clock);
        List<RelayObserver> observers = new ArrayList<>(builder.observers);
        observers.add(0, new RelayMetrics(builder.openTelemetry, builder.clock));
        this.observer = RelayObservers.compose(observers);
        Map<String, Object> config = producerConfig(builder);
        this.batch = new RelayBatch(() -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
                builder.topics, new PartitionKeys(builder.registry), builder.source,
                observer, builder.clock);
    }

    public static Builder builder(OutboxStore outbox, ContractRegistry registry, String bootstrapServers) {
        return new Builder(outbox, registry, bootstrapServers);
    }

    /**
     * One round on this thread: while this node holds the lease (or has none configured), sends
     * batches until the outbox is empty or a send fails. Returns how many events the broker took.
     */
    public int relayOnce() {
        if (lease != null && !lease.held()) {
            return 0;
        }
        int total = 0;
        int taken;
        do {
            int[] read = new int[1];
            taken = outbox.deliverBatch(subscriber, batchSize, events -> {
                read[0] = events.size();
                return batch.send(events);
            });
            total += taken;
            observer.roundEnded(taken, read[0] - taken);
            if (taken < read[0]) {
                break; // a send failed: the rest waits in the outbox for the next round
            }
        } while (taken == batchSize);
        return total;
    }

    /** Starts relaying on a daemon thread; returns this relay. */
    public synchronized KafkaRelay start() {
        if (thread != null) {
            throw new IllegalStateException("the relay is already started");
        }
        running = true;
        thread = new Thread(this::run, "contractspec-kafka-relay");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops the thread (after its current round), closes the producer and gives the lease up. */
    @Override
    public void close() {
        running = false;
        wakeUp.signal();
        synchronized (lingering) {
            lingering.notifyAll();
        }
        Thread started;
        synchronized (this) {
            started = thread;
        }
        if (started != null) {
            try {
                started.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        batch.close();
        if (lease != null) {
            lease.release();
        }
    }

    private void run() {
        while (running) {
            int relayed = 0;
            try {
                relayed = relayOnce();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Relaying events to Kafka failed; will retry", e);
            }
            try {
                if (relayed == 0 && running) {
                    wakeUp.await(pollInterval);
                }
                linger();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Lets the commits of the next moments gather before the next round: each round is one outbox
     * read, one position update and one Kafka transaction (whose markers the broker writes to every
     * partition it touched), so a few rounds of many events cost far less than many of a few. A
     * round that sent a full batch does not get here (relayOnce goes on at once).
     */
    private void linger() throws InterruptedException {
        long left = linger.toNanos();
        long deadline = System.nanoTime() + left;
        synchronized (lingering) {
            while (running && left > 0) {
                lingering.wait(Math.max(1, left / 1_000_000));
                left = deadline - System.nanoTime();
            }
        }
    }

    private static Map<String, Object> producerConfig(Builder builder) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, builder.bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "contractspec-relay-" + builder.holder);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "contractspec-relay-" + builder.subscriber + "-" + builder.holder);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) builder.sendTimeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(builder.sendTimeout.toMillis(), 30_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, builder.sendTimeout.toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.putAll(builder.producerProperties);
        // Not overridable: what the relay's guarantees rest on (transactions need idempotence).
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return config;
    }

    /** Configures a relay; {@link #build()} creates its producer (no connection is made until it sends). */
    public static final class Builder {
        private final OutboxStore outbox;
        private final ContractRegistry registry;
        private final String bootstrapServers;
        private TopicMapping topics = TopicMapping.eventKey();
        private String source = "/contractspec";
        private String subscriber = SUBSCRIBER;
        private int batchSize = 500;
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration linger = Duration.ofMillis(20);
        private Duration sendTimeout = Duration.ofSeconds(30);
        private JdbcLeases leases;
        private String holder = "node-" + java.util.UUID.randomUUID();
        private Duration leaseDuration = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();
        private OutboxWakeUp wakeUp;
        private OpenTelemetry openTelemetry = GlobalOpenTelemetry.get();
        private final List<RelayObserver> observers = new ArrayList<>();
        private final Map<String, Object> producerProperties = new HashMap<>();

        private Builder(OutboxStore outbox, ContractRegistry registry, String bootstrapServers) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            this.registry = Objects.requireNonNull(registry, "registry");
            this.bootstrapServers = requireText(bootstrapServers, "bootstrapServers");
        }

        public Builder topics(TopicMapping topics) {
            this.topics = Objects.requireNonNull(topics, "topics");
            return this;
        }

        /** The CloudEvents {@code source} (a URI reference naming the application), default {@code /contractspec}. */
        public Builder source(String source) {
            this.source = requireText(source, "source");
            return this;
        }

        /** The outbox subscriber name the relay's position is kept under (default {@value KafkaRelay#SUBSCRIBER}). */
        public Builder subscriber(String subscriber) {
            this.subscriber = requireText(subscriber, "subscriber");
            return this;
        }

        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** How often the relay looks at the outbox when nothing woke it (default 1 s). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /**
         * How long the relay lets events gather after a round before it reads the outbox again
         * (default 20 ms; zero: at once): what an event may wait longer, for far fewer Kafka
         * transactions under load.
         */
        public Builder linger(Duration linger) {
            if (linger == null || linger.isNegative()) {
                throw new IllegalArgumentException("linger must be zero or positive, got " + linger);
            }
            this.linger = linger;
            return this;
        }

        /** How long one send may take before it counts as failed (the producer's delivery timeout; default 30 s). */
        public Builder sendTimeout(Duration sendTimeout) {
            this.sendTimeout = positive(sendTimeout, "sendTimeout");
            return this;
        }

        /** One relaying node at a time: the lease {@code contractspec.relay.<subscriber>}, held by {@code holder}. */
        public Builder lease(JdbcLeases leases, String holder, Duration duration) {
            this.leases = Objects.requireNonNull(leases, "leases");
            this.holder = requireText(holder, "holder");
            this.leaseDuration = positive(duration, "duration");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A wake-up to signal by hand (tests, harnesses); see {@link #wakeUpOn}. */
        public Builder wakeUp(OutboxWakeUp wakeUp) {
            this.wakeUp = Objects.requireNonNull(wakeUp, "wakeUp");
            return this;
        }

        /**
         * Wakes the relay at every wake-up of the executor's event bus: when a call or system work
         * commits events, and when an append rolls back (a relay waiting at its number then looks
         * again). Without it the relay finds new events at its next poll.
         */
        public Builder wakeUpOn(EventBus eventBus) {
            Objects.requireNonNull(eventBus, "eventBus");
            if (wakeUp == null) {
                wakeUp = new OutboxWakeUp();
            }
            eventBus.onWake(wakeUp::signal);
            return this;
        }

        public Builder openTelemetry(OpenTelemetry openTelemetry) {
            this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
            return this;
        }

        public Builder observer(RelayObserver observer) {
            observers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        /** A producer setting (security, compression, ...); idempotence, acks and in-flight limit are fixed. */
        public Builder producerProperty(String name, Object value) {
            producerProperties.put(requireText(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public KafkaRelay build() {
            return new KafkaRelay(this);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
