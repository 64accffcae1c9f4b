package io.contractspec.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Field;
import io.contractspec.schema.Scalar;
import org.junit.jupiter.api.Test;

class TextCoercionTest {

    private static final JsonCodec JSON = new JsonCodec(16);

    private static JsonNode coerce(Scalar type, String text) {
        return TextCoercion.forField(Field.required("f", type).build(), JSON).coerce(text);
    }

    @Test
    void turnsNumberLiteralsIntoNumbers() {
        assertThat(coerce(Scalar.INT, "42").isLong()).isTrue();
        assertThat(coerce(Scalar.INT, "-9223372036854775808").asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(coerce(Scalar.INT, "9223372036854775808").isBigInteger()).isTrue();
        assertThat(coerce(Scalar.FLOAT, "2.5e3").decimalValue()).isEqualByComparingTo("2500");
    }

    @Test
    void leavesTextThatIsNotAJsonNumberAsText() {
        for (String text : new String[] {"", "0x10", "01", "1.", ".5", "+1", "1e", "1e1234567890", "NaN", " 1", "١٢"}) {
            assertThat(coerce(Scalar.INT, text).isTextual()).as(text).isTrue();
        }
        assertThat(coerce(Scalar.INT, "9".repeat(201)).isTextual()).isTrue();
    }

    @Test
    void acceptsExactlyTrueAndFalseAsBooleans() {
        assertThat(coerce(Scalar.BOOLEAN, "true").booleanValue()).isTrue();
        assertThat(coerce(Scalar.BOOLEAN, "false").isBoolean()).isTrue();
        assertThat(coerce(Scalar.BOOLEAN, "True").isTextual()).isTrue();
    }

    @Test
    void parsesObjectsForObjectFieldsAndAnyJsonForJsonFields() {
        assertThat(coerce(Scalar.JSON_OBJECT, "{\"a\":1}").isObject()).isTrue();
        assertThat(coerce(Scalar.JSON_OBJECT, "1").isTextual()).isTrue();
        assertThat(coerce(Scalar.JSON, "[1,2]").isArray()).isTrue();
        assertThat(coerce(Scalar.JSON, "plain words").asText()).isEqualTo("plain words");
    }

    @Test
    void keepsStringsVerbatim() {
        assertThat(coerce(Scalar.STRING, "42").isTextual()).isTrue();
        assertThat(coerce(Scalar.DATE, "2026-01-01").asText()).isEqualTo("2026-01-01");
    }
}
