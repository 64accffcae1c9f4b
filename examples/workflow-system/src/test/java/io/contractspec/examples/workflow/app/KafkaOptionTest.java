package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.testing.kafka.KafkaBrokerProcess;
import io.contractspec.testing.kafka.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** {@code --kafka}: the application started from the command line relays its events to a real broker. */
class KafkaOptionTest {

    @Test
    void theDemoDataEventsOfANewDatabaseArePublishedAsCloudEvents() throws Exception {
        Path dataDir = Files.createTempDirectory("workflow-app");
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start()) {
            RunningApp.Output output = RunningApp.run(Map.of(), "--port", "0", "--data", dataDir.toString(),
                    "--poll-interval", "200ms", "--kafka", broker.bootstrapServers());
            assertThat(output.launch().exitCode()).as(output.err()).isZero();
            try (WorkflowApplication application = output.launch().application().orElseThrow()) {
                List<ConsumerRecord<String, byte[]>> published = TopicRecords.read(broker.bootstrapServers(),
                        "workflow.definition.published", 1, Duration.ofSeconds(90));

                assertThat(published).isNotEmpty();
                assertThat(new String(published.get(0).headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8))
                        .isEqualTo("/workflow-system");
            }
        } finally {
            RunningApp.deleteTree(dataDir);
        }
    }

    @Test
    void refusesBlankBootstrapServers() throws Exception {
        Path dataDir = Files.createTempDirectory("workflow-app");
        try {
            RunningApp.Output output = RunningApp.run(Map.of(), "--port", "0", "--data", dataDir.toString(), "--kafka", " ");

            assertThat(output.launch().exitCode()).isNotZero();
            assertThat(output.err()).contains("--kafka needs bootstrap servers");
        } finally {
            RunningApp.deleteTree(dataDir);
        }
    }
}
