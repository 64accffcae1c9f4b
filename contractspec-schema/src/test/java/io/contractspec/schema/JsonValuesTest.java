package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = new JsonMapper();

    @Test
    void numbersOfDifferentNodeTypesAreOneValue() {
        JsonNode[] five = {
            NODES.numberNode(5), NODES.numberNode(5L), NODES.numberNode(5.0), NODES.numberNode(5.0f),
            NODES.numberNode(new BigDecimal("5.00")), NODES.numberNode(BigInteger.valueOf(5))
        };
        for (JsonNode a : five) {
            for (JsonNode b : five) {
                assertThat(JsonValues.equal(a, b)).as(a.getClass() + " vs " + b.getClass()).isTrue();
                assertThat(JsonValues.hash(a)).isEqualTo(JsonValues.hash(b));
            }
        }
    }

    @Test
    void aDoubleEqualsTheDecimalItWasWrittenAs() {
        assertThat(JsonValues.equal(NODES.numberNode(0.1), NODES.numberNode(new BigDecimal("0.1")))).isTrue();
        assertThat(JsonValues.equal(NODES.numberNode(0.1), NODES.numberNode(new BigDecimal("0.10000000000000001"))))
                .isFalse();
    }

    @Test
    void objectsCompareMembersInAnyOrderAndNestedNumbersByValue() throws Exception {
        JsonNode a = MAPPER.readTree("{\"a\": 1, \"b\": [1.0, {\"c\": true}]}");
        JsonNode b = MAPPER.readTree("{\"b\": [1, {\"c\": true}], \"a\": 1.00}");
        assertThat(JsonValues.equal(a, b)).isTrue();
        assertThat(JsonValues.hash(a)).isEqualTo(JsonValues.hash(b));
    }

    @Test
    void differentValuesDiffer() throws Exception {
        assertThat(JsonValues.equal(MAPPER.readTree("{\"a\": 1}"), MAPPER.readTree("{\"a\": 1, \"b\": null}")))
                .isFalse();
        assertThat(JsonValues.equal(MAPPER.readTree("[1, 2]"), MAPPER.readTree("[2, 1]"))).isFalse();
        assertThat(JsonValues.equal(NODES.textNode("1"), NODES.numberNode(1))).isFalse();
        assertThat(JsonValues.equal(NODES.nullNode(), null)).isFalse();
        assertThat(JsonValues.equal(null, null)).isTrue();
    }

    @Test
    void decimalIsTheShortestRoundTripFormWithoutTrailingZeros() {
        assertThat(JsonValues.decimal(NODES.numberNode(0.1)).toPlainString()).isEqualTo("0.1");
        assertThat(JsonValues.decimal(NODES.numberNode(2e-3)).toPlainString()).isEqualTo("0.002");
        assertThat(JsonValues.decimal(NODES.numberNode(1e23)).toPlainString()).isEqualTo("100000000000000000000000");
        assertThat(JsonValues.decimal(NODES.numberNode(0.1 + 0.2)).toPlainString()).isEqualTo("0.30000000000000004");
        assertThat(JsonValues.decimal(NODES.numberNode(-0.0)).toPlainString()).isEqualTo("0");
        assertThat(JsonValues.decimal(NODES.numberNode(new BigDecimal("1.500"))).toPlainString()).isEqualTo("1.5");
        assertThat(JsonValues.decimal(NODES.numberNode(new BigDecimal("1E+3"))).toPlainString()).isEqualTo("1000");
        assertThat(JsonValues.decimal(NODES.numberNode(Long.MIN_VALUE)).toPlainString())
                .isEqualTo(Long.toString(Long.MIN_VALUE));
    }

    @Test
    void decimalRoundTripsEveryDouble() {
        double[] samples = {Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 123456.789, 9007199254740993.0, 5e-324, 1e-7};
        for (double sample : samples) {
            BigDecimal decimal = JsonValues.decimal(NODES.numberNode(sample));
            assertThat(Double.parseDouble(decimal.toPlainString())).isEqualTo(sample);
        }
    }

    @Test
    void decimalRejectsNonFiniteNumbersAndNonNumbers() {
        assertThatThrownBy(() -> JsonValues.decimal(NODES.numberNode(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> JsonValues.decimal(NODES.textNode("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsWithTheSameDefaultValueAreEqualWhateverItsNodeType() {
        Field built = Field.optional("limit", Scalar.INT).defaultValue(20).build();
        Field parsed = Field.optional("limit", Scalar.INT).defaultValue(NODES.numberNode(20)).build();
        assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    }

    @Test
    void defaultValueIsACopy() {
        Field field = Field.optional("tags", Scalar.JSON_OBJECT).defaultValue(NODES.objectNode().put("a", 1)).build();
        ((com.fasterxml.jackson.databind.node.ObjectNode) field.defaultValue().orElseThrow()).put("b", 2);
        assertThat(field.defaultValue().orElseThrow().size()).isEqualTo(1);
    }
}
