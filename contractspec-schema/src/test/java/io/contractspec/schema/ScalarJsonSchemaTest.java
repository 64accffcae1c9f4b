package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.internal.ScalarRules;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarJsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> PORTABLE_KEYWORDS = Set.of(
            "type", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "enum", "not", "allOf");

    static Stream<Scalar> scalars() {
        return Scalar.all().stream();
    }

    @Test
    void intIsTheSigned64BitIntegerRange() throws Exception {
        assertThat(Scalar.INT.jsonSchema()).isEqualTo(MAPPER.readTree(
                "{\"type\":\"integer\",\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807}"));
    }

    @Test
    void kindScalarsStateOnlyTheirType() throws Exception {
        assertThat(Scalar.STRING.jsonSchema()).isEqualTo(MAPPER.readTree("{\"type\":\"string\"}"));
        assertThat(Scalar.FLOAT.jsonSchema()).isEqualTo(MAPPER.readTree("{\"type\":\"number\"}"));
        assertThat(Scalar.BOOLEAN.jsonSchema()).isEqualTo(MAPPER.readTree("{\"type\":\"boolean\"}"));
        assertThat(Scalar.JSON_OBJECT.jsonSchema()).isEqualTo(MAPPER.readTree("{\"type\":\"object\"}"));
        assertThat(Scalar.JSON.jsonSchema()).isEqualTo(MAPPER.readTree("{}"));
        assertThat(Scalar.LATITUDE.jsonSchema())
                .isEqualTo(MAPPER.readTree("{\"type\":\"number\",\"minimum\":-90,\"maximum\":90}"));
    }

    @Test
    void idBoundsCodePointsAndForbidsWhitespaceAndControls() throws Exception {
        assertThat(Scalar.ID.jsonSchema()).isEqualTo(MAPPER.readTree("{\"type\":\"string\",\"minLength\":1,"
                + "\"maxLength\":255,\"not\":{\"pattern\":\"[\\\\s\\\\u0000-\\\\u001f\\\\u007f-\\\\u009f]\"}}"));
    }

    @Test
    void codeSetsAreSortedEnumsOfTheJdkSets() {
        assertThat(enumOf(Scalar.TIME_ZONE)).isSorted().containsExactlyElementsOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        assertThat(enumOf(Scalar.CURRENCY)).isSorted().containsExactlyElementsOf(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(enumOf(Scalar.COUNTRY_CODE)).isSorted().containsExactlyInAnyOrder(Locale.getISOCountries());
    }

    @Test
    void formatAnnotatesOnlyWhereTheStandardFormatIsNoStricterThanTheScalar() {
        assertThat(Scalar.DATE.jsonSchema().path("format").asText()).isEqualTo("date");
        assertThat(Scalar.DATE_TIME.jsonSchema().path("format").asText()).isEqualTo("date-time");
        assertThat(Scalar.EMAIL_ADDRESS.jsonSchema().path("format").asText()).isEqualTo("email");
        assertThat(Scalar.UUID.jsonSchema().path("format").asText()).isEqualTo("uuid");
        assertThat(Scalar.TIME.jsonSchema().has("format")).as("JSON Schema time needs an offset").isFalse();
        assertThat(Scalar.URL.jsonSchema().has("format")).as("JSON Schema uri is stricter").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void fragmentUsesOnlyPortableKeywords(Scalar scalar) {
        assertThat(keywords(scalar.jsonSchema())).isSubsetOf(PORTABLE_KEYWORDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void endAnchoredPatternIsGuardedAgainstAFinalLineFeed(Scalar scalar) {
        ObjectNode schema = scalar.jsonSchema();
        if (schema.path("pattern").asText().endsWith("$")) {
            assertThat(schema.path("not").path("pattern").asText()).matches("\\\\n|\\[.*\\\\s.*]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void fragmentIsAFreshCopyEachTime(Scalar scalar) {
        ObjectNode first = scalar.jsonSchema();
        ObjectNode pristine = first.deepCopy();
        first.put("type", "changed");
        first.put("extra", true);
        assertThat(scalar.jsonSchema()).isEqualTo(pristine).isEqualTo(ScalarRules.jsonSchema(scalar));
    }

    private static List<String> enumOf(Scalar scalar) {
        List<String> values = new ArrayList<>();
        scalar.jsonSchema().path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> keywords(JsonNode schema) {
        Set<String> out = new TreeSet<>();
        schema.fieldNames().forEachRemaining(out::add);
        schema.path("not").fieldNames().forEachRemaining(out::add);
        schema.path("allOf").forEach(branch -> out.addAll(keywords(branch)));
        return out;
    }
}
