package io.contractspec.schema.binding;

import static io.contractspec.schema.binding.Json.assertSameJson;
import static io.contractspec.schema.binding.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.binding.Workflow.Run;
import io.contractspec.schema.binding.Workflow.RunStatus;
import io.contractspec.schema.binding.Workflow.Step;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordBindingTest {

    private static final RecordBinding<Run> BINDING = RecordBinding.of(Workflow.RUN, Run.class);

    @Test
    void readsANestedPayloadIntoTypedRecords() {
        Run run = BINDING.read(parse(Workflow.FULL));

        assertThat(run.id()).isEqualTo(UUID.fromString("4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f"));
        assertThat(run.status()).isEqualTo(RunStatus.REQUEST_CHANGES);
        assertThat(run.steps()).containsExactly(
                new Step("draft", RunStatus.RUNNING, OffsetDateTime.parse("2024-05-01T10:15:30Z"),
                        Optional.of(Instant.parse("2024-05-01T11:00:00.25Z")), 1),
                new Step("approve", RunStatus.TIMED_OUT, OffsetDateTime.parse("2024-05-02T08:00:00+02:00"),
                        Optional.empty(), 3_000_000_000L));
        assertThat(run.tags()).contains(List.of("finance", "q2"));
        assertThat(run.dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(run.remindAt()).isEqualTo(LocalTime.of(9, 30));
        assertThat(run.owner()).isEqualTo("ada@example.com");
        assertThat(run.reviewer()).isEmpty();
        assertThat(run.priority()).contains(2);
        assertThat(run.budget()).isEqualByComparingTo("1250.75");
        assertThat(run.homepage()).isEqualTo(URI.create("https://example.com/runs/7?view=full"));
        assertThat(run.locale()).isEqualTo(Locale.forLanguageTag("de-CH"));
        assertThat(run.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(run.currency()).isEqualTo(Currency.getInstance("CHF"));
        assertThat(run.metadata()).containsEntry("count", 3).containsEntry("ratio", 0.25)
                .containsEntry("nested", Map.of("a", "b"));
        assertThat(run.metadata().get("flags")).isEqualTo(Arrays.asList(true, null));
        assertThat(run.context()).isEqualTo(parse("{\"trace\": \"abc\"}"));
        assertThat(run.payload()).isEqualTo(parse("[1, \"two\", {\"three\": 3}]"));
    }

    @Test
    void readsAbsentAndNullFieldsAsNullOrEmpty() {
        Run run = BINDING.read(parse(Workflow.MINIMAL));

        assertThat(run.owner()).isNull();
        assertThat(run.reviewer()).contains("grace@example.com");
        assertThat(run.tags()).isEmpty();
        assertThat(run.note()).isNull();
        assertThat(run.priority()).isEmpty();
        assertThat(run.metadata()).isNull();
        assertThat(run.steps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Workflow.FULL, Workflow.MINIMAL})
    void writingWhatWasReadReproducesThePayload(String payload) {
        assertSameJson(BINDING.write(BINDING.read(parse(payload))), parse(payload));
    }

    @ParameterizedTest
    @ValueSource(strings = {Workflow.FULL, Workflow.MINIMAL})
    void writtenPayloadsPassModelValidation(String payload) {
        ObjectNode written = BINDING.write(BINDING.read(parse(payload)));

        assertThat(Workflow.RUN.validate(written).issues()).isEmpty();
    }

    @Test
    void anOptionalNullableFieldSentAsNullIsWrittenBackAsAbsent() {
        ObjectNode payload = (ObjectNode) parse(Workflow.FULL);
        ((ObjectNode) payload.get("steps").get(1)).putNull("finishedAt");

        ObjectNode written = BINDING.write(BINDING.read(payload));

        assertThat(written.get("steps").get(1).has("finishedAt")).isFalse();
        assertThat(Workflow.RUN.validate(written).isValid()).isTrue();
    }

    @Test
    void writesFieldsInModelOrder() {
        ObjectNode written = BINDING.write(BINDING.read(parse(Workflow.FULL)));

        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(
                Workflow.RUN.fields().stream().map(Field::name).toList());
    }

    @Test
    void leavesOutUnsetOptionalFieldsAndWritesNullForUnsetNullableOnes() {
        ObjectNode written = BINDING.write(sampleRun());

        assertThat(written.has("tags")).isFalse();
        assertThat(written.has("note")).isFalse();
        assertThat(written.has("priority")).isFalse();
        assertThat(written.get("owner").isNull()).isTrue();
        assertThat(written.get("reviewer").isNull()).isTrue();
        assertThat(written.get("steps").get(0).has("finishedAt")).isFalse();
    }

    @Test
    void recordsBuiltInJavaWriteValidPayloads() {
        ObjectNode written = BINDING.write(sampleRun());

        assertThat(Workflow.RUN.validate(written).issues()).isEmpty();
        assertThat(written.get("steps").get(0).get("startedAt").textValue()).isEqualTo("2024-05-01T10:15:00Z");
        assertThat(written.get("remindAt").textValue()).isEqualTo("09:30:00");
        assertThat(BINDING.read(written)).isEqualTo(sampleRun());
    }

    @Test
    void readListsAndMapsAreUnmodifiable() {
        Run run = BINDING.read(parse(Workflow.FULL));

        assertThatThrownBy(() -> run.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> run.metadata().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readRejectsAnUnvalidatedPayloadWithThePathOfTheProblem() {
        ObjectNode payload = (ObjectNode) parse(Workflow.FULL);
        ((ObjectNode) payload.get("steps").get(1)).put("startedAt", "yesterday");

        assertThatThrownBy(() -> BINDING.read(payload))
                .isInstanceOf(BindingException.class)
                .hasMessage("Run at steps[1].startedAt: expected a DateTime (RFC 3339 with offset), got 'yesterday'")
                .satisfies(e -> assertThat(((BindingException) e).path()).isEqualTo("steps[1].startedAt"));
    }

    @Test
    void readRejectsMissingRequiredFieldsAndNullItems() {
        ObjectNode missing = (ObjectNode) parse(Workflow.MINIMAL);
        missing.remove("owner");
        ObjectNode nullItem = (ObjectNode) parse(Workflow.FULL);
        ((ArrayNode) nullItem.get("tags")).addNull();
        ObjectNode nullName = (ObjectNode) parse(Workflow.MINIMAL);
        nullName.putNull("name");
        ObjectNode notObject = JsonNodeFactory.instance.objectNode();

        assertThatThrownBy(() -> BINDING.read(missing)).hasMessage("Run at owner: is required");
        assertThatThrownBy(() -> BINDING.read(nullName)).hasMessage("Run at name: must not be null");
        assertThatThrownBy(() -> BINDING.read(nullItem)).hasMessage("Run at tags[2]: array items must not be null");
        assertThatThrownBy(() -> BINDING.read(JsonNodeFactory.instance.arrayNode()))
                .hasMessage("Run: expected a Run object, got an array");
        assertThatThrownBy(() -> BINDING.read(notObject)).hasMessage("Run at id: is required");
    }

    @Test
    void writeRejectsANullRequiredComponent() {
        Run run = sampleRun();
        Step broken = new Step("draft", null, OffsetDateTime.parse("2024-05-01T10:15:00Z"), Optional.empty(), 1);
        Run withBrokenStep = new Run(run.name(), run.id(), run.status(), List.of(run.steps().get(0), broken),
                run.tags(), run.dueOn(), run.remindAt(), run.owner(), run.reviewer(), run.note(), run.priority(),
                run.budget(), run.weight(), run.urgent(), run.homepage(), run.locale(), run.zone(), run.currency(),
                run.country(), run.latitude(), run.longitude(), run.phone(), run.metadata(), run.context(),
                run.payload());

        assertThatThrownBy(() -> BINDING.write(withBrokenStep))
                .isInstanceOf(BindingException.class)
                .hasMessage("Run at steps[1].status: is required, but the component is null");
    }

    @Test
    void aRecordConstructorThatRejectsValuesFailsTheRead() {
        RecordBinding<Checked> binding = RecordBinding.of(CHECKED, Checked.class);

        assertThatThrownBy(() -> binding.read(parse("{\"size\": -1}")))
                .isInstanceOf(BindingException.class)
                .hasMessageStartingWith("Checked: the constructor of Checked rejected the values: ")
                .hasMessageEndingWith("size must not be negative")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    private record Hidden(int size) {}

    @Test
    void bindsPrivateNestedRecords() {
        RecordBinding<Hidden> binding = RecordBinding.of(CHECKED, Hidden.class);

        assertThat(binding.read(parse("{\"size\": 3}"))).isEqualTo(new Hidden(3));
        assertThat(binding.write(new Hidden(3))).hasToString("{\"size\":3}");
    }

    @Test
    void bindingsNameTheirModelAndRecord() {
        assertThat(BINDING.model()).isSameAs(Workflow.RUN);
        assertThat(BINDING.recordType()).isEqualTo(Run.class);
        assertThat(BINDING).hasToString("RecordBinding[Run ↔ " + Run.class.getName() + "]");
    }

    private static final Model CHECKED = Model.builder("Checked")
            .required("size", Scalar.INT)
            .build();

    record Checked(int size) {
        Checked {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }
    }

    static Run sampleRun() {
        Step step = new Step("draft", RunStatus.RUNNING,
                OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.UTC), Optional.empty(), 1);
        return new Run("Launch", UUID.fromString("00000000-0000-4000-8000-000000000001"), RunStatus.RUNNING,
                List.of(step), Optional.empty(), LocalDate.of(2024, 6, 30), LocalTime.of(9, 30), null,
                Optional.empty(), null, Optional.empty(), new BigDecimal("10.50"), 1.5, false,
                URI.create("https://example.com"), Locale.ENGLISH, ZoneId.of("Europe/Zurich"),
                Currency.getInstance("CHF"), "CH", 47.0, 8.0, "+41446681800", null, null, null);
    }
}
