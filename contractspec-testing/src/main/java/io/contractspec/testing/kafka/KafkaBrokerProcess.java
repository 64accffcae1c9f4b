package io.contractspec.testing.kafka;

import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka (KRaft, broker and controller in one process) in a child JVM, for tests
 * and for trying things by hand ({@link StartKafkaBroker}). No containers: the broker runs from the
 * {@code org.apache.kafka:kafka_2.13} jars on the given classpath (by default this JVM's, so a test
 * module only needs that artifact in test scope).
 *
 * <p>{@link #start()} picks free ports, writes {@code server.properties} into a temporary directory,
 * formats the log directory (Kafka's {@code StorageTool}, as {@code kafka-storage.sh format} does)
 * and waits until an AdminClient sees the broker. {@link #stop()} / {@link #kill()} end the process
 * and keep the log directory, so {@link #restart()} brings the same broker back on the same ports
 * with its data: the way to test "the broker went down mid-run". {@link #close()} ends it and
 * deletes the directory. The broker's output goes to {@code broker.log} in that directory.
 */
@PublicApi
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final String BROKER_MAIN = "kafka.Kafka";

    private final Path directory;
    private final Path config;
    private final String classpath;
    private final List<String> jvmOptions;
    private final int brokerPort;
    private Process process;

    private KafkaBrokerProcess(Path directory, String classpath, List<String> jvmOptions, int brokerPort, int controllerPort,
            int partitions) throws IOException {
        this.directory = directory;
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.brokerPort = brokerPort;
        this.config = directory.resolve("server.properties");
        writeConfig(config, directory.resolve("data"), brokerPort, controllerPort, partitions);
    }

    /** A broker on free ports with this JVM's classpath, one partition per new topic. */
    public static KafkaBrokerProcess start() {
        return start(0, 1);
    }

    /**
     * A broker listening on {@code port} (0: a free one), creating topics with {@code partitions}
     * partitions when they are first used, with this JVM's classpath.
     */
    public static KafkaBrokerProcess start(int port, int partitions) {
        return start(port, partitions, System.getProperty("java.class.path"),
                List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC"));
    }

    public static KafkaBrokerProcess start(int port, int partitions, String classpath, List<String> jvmOptions) {
        Objects.requireNonNull(classpath, "classpath");
        try {
            Path directory = Files.createTempDirectory("contractspec-kafka-");
            KafkaBrokerProcess broker = new KafkaBrokerProcess(directory, classpath, jvmOptions,
                    port == 0 ? freePort() : port, freePort(), partitions);
            broker.format();
            broker.launch();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the Kafka broker", e);
        }
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Shuts the broker down cleanly (SIGTERM) and waits for the process to end; the data stays. */
    public void stop() {
        end(false);
    }

    /** Kills the broker at once (SIGKILL), as a crash would; the data stays. */
    public void kill() {
        end(true);
    }

    /** Starts the stopped broker again, same ports and data, and waits until it answers. */
    public void restart() {
        if (isRunning()) {
            throw new IllegalStateException("the broker is running; stop() or kill() it first");
        }
        launch();
    }

    @Override
    public void close() {
        end(true);
        deleteDirectory();
    }

    private void format() {
        String clusterId = Uuid.randomUuid().toString();
        Process formatting = spawn(STORAGE_TOOL, List.of("format", "-t", clusterId, "-c", config.toString()),
                directory.resolve("format.log"));
        try {
            if (!formatting.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka log directory failed; see " + directory.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            formatting.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the Kafka log directory", e);
        }
    }

    private void launch() {
        process = spawn(BROKER_MAIN, List.of(config.toString()), directory.resolve("broker.log"));
        awaitReady();
    }

    private Process spawn(String mainClass, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + mainClass, e);
        }
    }

    /** Polls with an AdminClient until the broker lists itself, the process dies, or the deadline passes. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(settings)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see "
                            + directory.resolve("broker.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not listening yet: try again until the deadline
                }
                if (Instant.now().isAfter(deadline)) {
                    end(true);
                    throw new IllegalStateException("The Kafka broker did not answer within " + READY_TIMEOUT + "; see "
                            + directory.resolve("broker.log"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }

    private static void writeConfig(Path config, Path data, int brokerPort, int controllerPort, int partitions)
            throws IOException {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", data.toString());
        properties.setProperty("num.partitions", Integer.toString(partitions));
        properties.setProperty("auto.create.topics.enable", "true");
        // One node: every internal topic has one replica, and consumer groups start without waiting.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        try (Writer out = Files.newBufferedWriter(config)) {
            properties.store(out, "single-node KRaft broker for tests (KafkaBrokerProcess)");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
