package io.contractspec.schema.binding;

import static io.contractspec.schema.binding.Json.parse;
import static io.contractspec.schema.binding.ScalarTypesTest.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.binding.ScalarTypesTest.AsBigInteger;
import io.contractspec.schema.binding.ScalarTypesTest.AsDouble;
import io.contractspec.schema.binding.ScalarTypesTest.AsInstant;
import io.contractspec.schema.binding.ScalarTypesTest.AsInt;
import io.contractspec.schema.binding.ScalarTypesTest.AsJsonNode;
import io.contractspec.schema.binding.ScalarTypesTest.AsLocalDate;
import io.contractspec.schema.binding.ScalarTypesTest.AsLocalTime;
import io.contractspec.schema.binding.ScalarTypesTest.AsLocale;
import io.contractspec.schema.binding.ScalarTypesTest.AsLong;
import io.contractspec.schema.binding.ScalarTypesTest.AsMap;
import io.contractspec.schema.binding.ScalarTypesTest.AsOffsetDateTime;
import io.contractspec.schema.binding.ScalarTypesTest.AsUuid;
import io.contractspec.schema.binding.ScalarTypesTest.AsZoneId;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Canonical written forms, lenient reads of equivalent wire forms, and values the wire cannot carry. */
class ConversionsTest {

    private static final RecordBinding<AsOffsetDateTime> DATE_TIME =
            RecordBinding.of(single(Scalar.DATE_TIME), AsOffsetDateTime.class);

    @Test
    void writesDateTimesWithSecondsUpperCaseAndAShortFraction() {
        assertThat(write(DATE_TIME, new AsOffsetDateTime(OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.UTC))))
                .isEqualTo("2024-05-01T10:15:00Z");
        assertThat(write(DATE_TIME, new AsOffsetDateTime(
                OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 500_000_000, ZoneOffset.ofHours(-5)))))
                .isEqualTo("2024-05-01T10:15:30.5-05:00");
        assertThat(write(RecordBinding.of(single(Scalar.DATE_TIME), AsInstant.class),
                new AsInstant(Instant.parse("2024-05-01T10:15:30.000001Z"))))
                .isEqualTo("2024-05-01T10:15:30.000001Z");
    }

    @Test
    void readsLowerCaseDateTimesAndLeapSeconds() {
        assertThat(DATE_TIME.read(parse("{\"value\": \"2024-05-01t10:15:30+01:00\"}")).value())
                .isEqualTo(OffsetDateTime.parse("2024-05-01T10:15:30+01:00"));
        assertThat(DATE_TIME.read(parse("{\"value\": \"2016-12-31T23:59:60z\"}")).value())
                .isEqualTo(OffsetDateTime.parse("2016-12-31T23:59:59Z"));
    }

    @Test
    void rejectsDateTimesTheWireCannotCarry() {
        assertThatThrownBy(() -> DATE_TIME.write(new AsOffsetDateTime(
                OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))))
                .isInstanceOf(BindingException.class)
                .hasMessage("One at value: year 10000 is outside 0000-9999, the range of the wire format");
        assertThatThrownBy(() -> DATE_TIME.write(new AsOffsetDateTime(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 30, 15)))))
                .hasMessage("One at value: offset +00:30:15 has seconds, which RFC 3339 cannot carry");
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.DATE), AsLocalDate.class)
                .write(new AsLocalDate(LocalDate.of(-1, 1, 1))))
                .hasMessage("One at value: year -1 is outside 0000-9999, the range of the wire format");
    }

    @Test
    void writesTimesWithSecondsAndReadsThemWithout() {
        RecordBinding<AsLocalTime> binding = RecordBinding.of(single(Scalar.TIME), AsLocalTime.class);

        assertThat(write(binding, new AsLocalTime(LocalTime.of(10, 15)))).isEqualTo("10:15:00");
        assertThat(binding.read(parse("{\"value\": \"10:15\"}")).value()).isEqualTo(LocalTime.of(10, 15));
    }

    @Test
    void readsWholeNumbersWrittenWithAFraction() {
        assertThat(RecordBinding.of(single(Scalar.INT), AsLong.class).read(parse("{\"value\": 7.0}")).value())
                .isEqualTo(7L);
    }

    @Test
    void anIntComponentRejectsValuesOutsideTheIntRange() {
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.INT), AsInt.class).read(parse("{\"value\": 3000000000}")))
                .isInstanceOf(BindingException.class)
                .hasMessage("One at value: 3000000000 does not fit the int component; declare it long to read every Int");
    }

    @Test
    void rejectsNumbersTheWireCannotCarry() {
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.INT), AsBigInteger.class)
                .write(new AsBigInteger(BigInteger.TWO.pow(63))))
                .hasMessage("One at value: 9223372036854775808 is outside the 64-bit range of Int");
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.FLOAT), AsDouble.class).write(new AsDouble(Double.NaN)))
                .hasMessage("One at value: NaN has no JSON form; only finite numbers can be written");
    }

    @Test
    void readRejectsAWireValueOfTheWrongKind() {
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.INT), AsLong.class).read(parse("{\"value\": \"7\"}")))
                .hasMessage("One at value: expected a number, got a string");
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.UUID), AsUuid.class).read(parse("{\"value\": \"1-1-1-1-1\"}")))
                .hasMessage("One at value: expected a UUID, got '1-1-1-1-1'");
        assertThatThrownBy(() -> RecordBinding.of(single(Scalar.LOCALE), AsLocale.class).read(parse("{\"value\": \"en_US\"}")))
                .hasMessage("One at value: expected a BCP 47 language tag, got 'en_US'");
    }

    @Test
    void writesUuidsInLowerCase() {
        RecordBinding<AsUuid> binding = RecordBinding.of(single(Scalar.UUID), AsUuid.class);

        AsUuid read = binding.read(parse("{\"value\": \"4F1C2A9E-7B3D-4C5E-9F60-1A2B3C4D5E6F\"}"));

        assertThat(read.value()).isEqualTo(UUID.fromString("4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f"));
        assertThat(write(binding, read)).isEqualTo("4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f");
    }

    @Test
    void writesLocalesAsLanguageTags() {
        RecordBinding<AsLocale> binding = RecordBinding.of(single(Scalar.LOCALE), AsLocale.class);

        assertThat(write(binding, new AsLocale(Locale.CANADA_FRENCH))).isEqualTo("fr-CA");
        assertThat(write(binding, new AsLocale(Locale.ROOT))).isEqualTo("und");
    }

    @Test
    void rejectsZonesThatAreNotIanaIds() {
        RecordBinding<AsZoneId> binding = RecordBinding.of(single(Scalar.TIME_ZONE), AsZoneId.class);

        assertThat(write(binding, new AsZoneId(ZoneId.of("Etc/UTC")))).isEqualTo("Etc/UTC");
        assertThatThrownBy(() -> binding.write(new AsZoneId(ZoneOffset.ofHours(1))))
                .hasMessage("One at value: zone '+01:00' is not an IANA time-zone id; use e.g. ZoneId.of(\"Etc/UTC\")");
        assertThatThrownBy(() -> binding.write(new AsZoneId(ZoneId.of("UTC+01:00"))))
                .hasMessageContaining("zone 'UTC+01:00' is not an IANA time-zone id");
    }

    @Test
    void writesPlainMapsAndNamesThePathOfAValueWithoutJsonForm() {
        RecordBinding<AsMap> binding = RecordBinding.of(single(Scalar.JSON_OBJECT), AsMap.class);

        assertThat(binding.write(new AsMap(Map.of("n", 1L, "list", List.of("a")))).get("value"))
                .isEqualTo(parse("{\"n\": 1, \"list\": [\"a\"]}"));
        assertThatThrownBy(() -> binding.write(new AsMap(Map.of("when", List.of("ok", LocalDate.of(2024, 1, 1))))))
                .hasMessage("One at value.when[1]: cannot write a java.time.LocalDate as JSON; "
                        + "use maps, lists, strings, numbers, booleans and null");
        assertThatThrownBy(() -> binding.write(new AsMap(Map.of("odd key", Float.NaN))))
                .hasMessage("One at value[\"odd key\"]: cannot write the number NaN (Float) as JSON");
    }

    @Test
    void jsonNodesAreCopiedAndMustNotBeJsonNull() {
        RecordBinding<AsJsonNode> any = RecordBinding.of(single(Scalar.JSON), AsJsonNode.class);
        RecordBinding<AsJsonNode> object = RecordBinding.of(single(Scalar.JSON_OBJECT), AsJsonNode.class);
        ObjectNode payload = (ObjectNode) parse("{\"value\": {\"a\": 1}}");

        AsJsonNode read = any.read(payload);
        ((ObjectNode) payload.get("value")).put("a", 2);

        assertThat(read.value()).isEqualTo(parse("{\"a\": 1}"));
        assertThatThrownBy(() -> any.write(new AsJsonNode(JsonNodeFactory.instance.nullNode())))
                .hasMessage("One at value: holds a JSON null node; leave the component null (or empty) instead");
        assertThatThrownBy(() -> object.write(new AsJsonNode(JsonNodeFactory.instance.arrayNode())))
                .hasMessage("One at value: expected a JSON object, got an array");
    }

    private static <R extends Record> String write(RecordBinding<R> binding, R record) {
        return binding.write(record).get("value").textValue();
    }
}
