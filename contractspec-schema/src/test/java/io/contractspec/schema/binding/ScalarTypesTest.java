package io.contractspec.schema.binding;

import static io.contractspec.schema.binding.Json.assertSameJson;
import static io.contractspec.schema.binding.Json.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Java type of the type table reads its scalar and writes it back unchanged. */
class ScalarTypesTest {

    record AsString(String value) {}
    record AsUri(URI value) {}
    record AsLong(long value) {}
    record AsBoxedLong(Long value) {}
    record AsInt(int value) {}
    record AsInteger(Integer value) {}
    record AsBigInteger(BigInteger value) {}
    record AsDouble(double value) {}
    record AsBoxedDouble(Double value) {}
    record AsBigDecimal(BigDecimal value) {}
    record AsBoolean(boolean value) {}
    record AsBoxedBoolean(Boolean value) {}
    record AsLocalDate(LocalDate value) {}
    record AsOffsetDateTime(OffsetDateTime value) {}
    record AsInstant(Instant value) {}
    record AsLocalTime(LocalTime value) {}
    record AsUuid(UUID value) {}
    record AsLocale(Locale value) {}
    record AsZoneId(ZoneId value) {}
    record AsCurrency(Currency value) {}
    record AsJsonNode(JsonNode value) {}
    record AsObjectNode(ObjectNode value) {}
    record AsMap(Map<String, Object> value) {}

    static Stream<Arguments> pairings() {
        return Stream.of(
                arguments(Scalar.STRING, AsString.class, "\" spaced \"", " spaced "),
                arguments(Scalar.NON_EMPTY_STRING, AsString.class, "\"x\"", "x"),
                arguments(Scalar.ID, AsString.class, "\"run-42\"", "run-42"),
                arguments(Scalar.EMAIL_ADDRESS, AsString.class, "\"ada@example.com\"", "ada@example.com"),
                arguments(Scalar.PHONE_NUMBER, AsString.class, "\"+41446681800\"", "+41446681800"),
                arguments(Scalar.COUNTRY_CODE, AsString.class, "\"CH\"", "CH"),
                arguments(Scalar.URL, AsString.class, "\"https://example.com/a?b=c\"", "https://example.com/a?b=c"),
                arguments(Scalar.URL, AsUri.class, "\"https://example.com/a?b=c\"", URI.create("https://example.com/a?b=c")),
                arguments(Scalar.INT, AsLong.class, "9007199254740993", 9007199254740993L),
                arguments(Scalar.INT, AsBoxedLong.class, "-9223372036854775808", Long.MIN_VALUE),
                arguments(Scalar.INT, AsInt.class, "42", 42),
                arguments(Scalar.INT, AsInteger.class, "-2147483648", Integer.MIN_VALUE),
                arguments(Scalar.INT, AsBigInteger.class, "9223372036854775807", BigInteger.valueOf(Long.MAX_VALUE)),
                arguments(Scalar.FLOAT, AsDouble.class, "0.1", 0.1),
                arguments(Scalar.FLOAT, AsBoxedDouble.class, "-1.5E300", -1.5E300),
                arguments(Scalar.FLOAT, AsBigDecimal.class, "1234.5678", new BigDecimal("1234.5678")),
                arguments(Scalar.LATITUDE, AsDouble.class, "-33.8688", -33.8688),
                arguments(Scalar.LONGITUDE, AsBigDecimal.class, "151.2093", new BigDecimal("151.2093")),
                arguments(Scalar.BOOLEAN, AsBoolean.class, "true", true),
                arguments(Scalar.BOOLEAN, AsBoxedBoolean.class, "false", false),
                arguments(Scalar.DATE, AsLocalDate.class, "\"2024-02-29\"", LocalDate.of(2024, 2, 29)),
                arguments(Scalar.DATE, AsString.class, "\"2024-02-29\"", "2024-02-29"),
                arguments(Scalar.DATE_TIME, AsOffsetDateTime.class, "\"2024-05-01T10:15:30.123456789-05:30\"",
                        OffsetDateTime.parse("2024-05-01T10:15:30.123456789-05:30")),
                arguments(Scalar.DATE_TIME, AsInstant.class, "\"2024-05-01T10:15:30Z\"", Instant.parse("2024-05-01T10:15:30Z")),
                arguments(Scalar.DATE_TIME, AsString.class, "\"2024-05-01T10:15:30.000+01:00\"", "2024-05-01T10:15:30.000+01:00"),
                arguments(Scalar.TIME, AsLocalTime.class, "\"23:59:59.5\"", LocalTime.of(23, 59, 59, 500_000_000)),
                arguments(Scalar.TIME, AsString.class, "\"10:15\"", "10:15"),
                arguments(Scalar.UUID, AsUuid.class, "\"4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f\"",
                        UUID.fromString("4f1c2a9e-7b3d-4c5e-9f60-1a2b3c4d5e6f")),
                arguments(Scalar.UUID, AsString.class, "\"4F1C2A9E-7B3D-4C5E-9F60-1A2B3C4D5E6F\"",
                        "4F1C2A9E-7B3D-4C5E-9F60-1A2B3C4D5E6F"),
                arguments(Scalar.LOCALE, AsLocale.class, "\"zh-Hant-TW\"", Locale.forLanguageTag("zh-Hant-TW")),
                arguments(Scalar.LOCALE, AsString.class, "\"de-CH\"", "de-CH"),
                arguments(Scalar.TIME_ZONE, AsZoneId.class, "\"America/New_York\"", ZoneId.of("America/New_York")),
                arguments(Scalar.TIME_ZONE, AsString.class, "\"Europe/Zurich\"", "Europe/Zurich"),
                arguments(Scalar.CURRENCY, AsCurrency.class, "\"JPY\"", Currency.getInstance("JPY")),
                arguments(Scalar.CURRENCY, AsString.class, "\"CHF\"", "CHF"),
                arguments(Scalar.JSON, AsJsonNode.class, "[1, {\"a\": null}]", parse("[1, {\"a\": null}]")),
                arguments(Scalar.JSON, AsJsonNode.class, "\"text\"", parse("\"text\"")),
                arguments(Scalar.JSON_OBJECT, AsObjectNode.class, "{\"a\": [1]}", parse("{\"a\": [1]}")),
                arguments(Scalar.JSON_OBJECT, AsJsonNode.class, "{\"a\": [1]}", parse("{\"a\": [1]}")),
                arguments(Scalar.JSON_OBJECT, AsMap.class, "{\"a\": [1, 2.5, \"x\", false, null], \"b\": {}}",
                        Map.of("a", Arrays.asList(1, 2.5, "x", false, null), "b", Map.of())));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("pairings")
    <R extends Record> void readsAndWritesBack(Scalar scalar, Class<R> recordType, String wire, Object expected) {
        RecordBinding<R> binding = RecordBinding.of(single(scalar), recordType);
        JsonNode payload = parse("{\"value\": " + wire + "}");

        R record = binding.read(payload);

        assertThat(valueOf(record)).isEqualTo(expected);
        assertSameJson(binding.write(record), payload);
        assertThat(binding.model().validate(binding.write(record)).issues()).isEmpty();
    }

    /** A model with one required field {@code value} of the scalar. */
    static Model single(Scalar scalar) {
        return Model.builder("One").required("value", scalar).build();
    }

    private static Object valueOf(Record record) {
        try {
            return record.getClass().getRecordComponents()[0].getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }
}
