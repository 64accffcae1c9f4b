package io.contractspec.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Asked for, the export lists the events in {@code x-contractspec-events}: metadata, PII paths,
 * partition key, and the payload inline (or a reference when a path uses the model too); the types
 * a payload uses are components; and the features as their snapshot entries. Not asked for, the
 * document has none of them.
 */
class OwnEventsExportTest {

    private static final EnumType COLOR = EnumType.builder("Color").value("yellow").value("blue").build();
    private static final Model NOTE = Model.builder("Note").required("text", Scalar.STRING).build();
    private static final ContractRegistry REGISTRY = ContractRegistry.builder()
            .register(OperationSpec.query("notes.note.get", "1.0.0").output(NOTE)
                    .policy(Policy.auth(AuthLevel.ANONYMOUS)).build())
            .register(EventSpec.builder("notes.note.colored", "1.0.0").description("A note got a color.")
                    .owners("@notes").pii("noteId").partitionKey("noteId")
                    .payload(Model.builder("NoteColored").required("noteId", Scalar.STRING).required("color", COLOR)
                            .build()).build())
            .register(EventSpec.builder("notes.note.kept", "1.0.0").description("A note was kept.").payload(NOTE).build())
            .register(FeatureSpec.builder("notes.keeping", "1.0.0").description("Keep notes.")
                    .operationRefs(List.of(SpecRef.of("notes.note.get", "1.0.0"))).build())
            .build();

    @Test
    void listsTheEventsWhenAsked() {
        ObjectNode document = OpenApiExporter.export(REGISTRY, OpenApiOptions.builder().allSpecs(true).build());
        JsonNode colored = document.path("x-contractspec-events").get(0);

        assertThat(colored.path("key").asText()).isEqualTo("notes.note.colored");
        assertThat(colored.path("partitionKey").asText()).isEqualTo("noteId");
        assertThat(colored.path("pii").toString()).isEqualTo("[\"noteId\"]");
        assertThat(colored.path("payload").path("title").asText()).isEqualTo("NoteColored");
        assertThat(colored.path("payload").path("properties").path("color").path("$ref").asText())
                .isEqualTo("#/components/schemas/Color");
        assertThat(document.path("components").path("schemas").has("Color")).isTrue();
        assertThat(document.path("components").path("schemas").has("NoteColored")).isFalse();
        // A path uses Note too: the event refers to its component.
        assertThat(document.path("x-contractspec-events").get(1).path("payload").path("$ref").asText())
                .isEqualTo("#/components/schemas/Note");
        JsonNode feature = document.path("x-contractspec-features").get(0);
        assertThat(feature.path("key").asText()).isEqualTo("notes.keeping");
        assertThat(feature.path("operations").toString()).isEqualTo("[{\"key\":\"notes.note.get\",\"version\":\"1.0.0\"}]");
        assertThat(feature.has("source")).isFalse();
        assertThat(OpenApiCheck.parserMessages(document)).isEmpty();
    }

    @Test
    void leavesThemOutByDefault() {
        ObjectNode document = OpenApiExporter.export(REGISTRY, OpenApiOptions.defaults());

        assertThat(document.has("x-contractspec-events")).isFalse();
        assertThat(document.has("x-contractspec-features")).isFalse();
        assertThat(document.path("components").path("schemas").has("Color")).isFalse();
    }
}
