package io.contractspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.codegen.asyncapi.AsyncApiExporter;
import io.contractspec.codegen.asyncapi.AsyncApiOptions;
import io.contractspec.runtime.EventEnvelope;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncApiExporterTest {

    private static final ObjectNode DOCUMENT = AsyncApiExporter.export(CodegenContracts.REGISTRY,
            new AsyncApiOptions("Shop events", "1.0.0", "Events of the shop."));

    @Test
    void hasAChannelMessageAndReceiveOperationPerEventVersion() {
        JsonNode channel = DOCUMENT.path("channels").path("shopItemArchived_v1_0_0");

        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(channel.path("address").asText()).isEqualTo("shop.item.archived.v1.0.0");
        assertThat(channel.path("description").asText()).isEqualTo("An item was archived.");
        assertThat(DOCUMENT.path("operations").path("receiveShopItemArchived_v1_0_0").path("action").asText())
                .isEqualTo("receive");
        JsonNode message = DOCUMENT.path("components").path("messages").path("shopItemArchived_v1_0_0");
        assertThat(message.path("payload").path("$ref").asText()).isEqualTo("#/components/schemas/ItemArchived");
        assertThat(message.path("examples").get(0).path("headers").path("key").asText()).isEqualTo("shop.item.archived");
    }

    @Test
    void documentsEveryEnvelopeFieldButThePayloadAsAHeader() {
        List<String> envelope = new ArrayList<>(Arrays.stream(EventEnvelope.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
        envelope.remove("payload");
        List<String> headers = new ArrayList<>();
        DOCUMENT.path("components").path("schemas").path("EventEnvelopeHeaders").path("properties").fieldNames()
                .forEachRemaining(headers::add);

        assertThat(headers).containsExactlyElementsOf(envelope);
    }

    @Test
    void declaresThePartitionKeyAsTheKafkaKeyAndCorrelationId() {
        JsonNode message = DOCUMENT.path("components").path("messages").path("shopItemArchived_v1_0_0");

        assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
        assertThat(message.path("bindings").path("kafka").path("bindingVersion").asText()).isEqualTo("0.5.0");
        assertThat(message.path("correlationId").path("location").asText()).isEqualTo("$message.payload#/itemId");
    }

    @Test
    void opensFreeFormObjectsForDraft07() {
        JsonNode details = DOCUMENT.path("components").path("schemas").path("ItemArchived").path("properties").path("details");

        assertThat(details.path("additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void validatesWithTheAsyncApiParser(@TempDir Path folder) throws IOException {
        Map<String, Object> result = validate(DOCUMENT, folder);

        assertThat((List<?>) result.get("errors")).isEmpty();
        assertThat(result.get("channels").toString()).isEqualTo("[shopItemArchived_v1_0_0]");
    }

    /** Runs @asyncapi/parser over a document; the map has errors, warnings, channels and messages. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> validate(ObjectNode document, Path folder) throws IOException {
        Path file = folder.resolve("asyncapi.json");
        Files.writeString(file, document.toPrettyString());
        NodeTools.Result run = NodeTools.runResource(NodeTools.class, "/io/contractspec/testing/tools/asyncapi-validate.mjs",
                List.of(file.toString()), Map.of(), Duration.ofMinutes(2));
        assertThat(run.succeeded()).as(run.output()).isTrue();
        return new ObjectMapper().readValue(run.stdout().strip(), Map.class);
    }
}
