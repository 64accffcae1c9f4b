package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import io.contractspec.schema.internal.ScalarFailure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberScalarTest {

    private static final JsonMapper DEFAULT = JsonMapper.builder().build();
    private static final JsonMapper BIG_DECIMALS =
            JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonMapper LENIENT =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.0", "1e2", "-0.0", "1E+2", "-9223372036854775808", "9223372036854775807",
        "-9.223372036854775808E18", "100000000000000000000e-2"})
    void intAcceptsEveryWholeNumberInRangeHoweverItIsWritten(String json) throws Exception {
        assertThat(Scalar.INT.accepts(DEFAULT.readTree(json))).as("default parsing").isTrue();
        assertThat(Scalar.INT.accepts(BIG_DECIMALS.readTree(json))).as("BigDecimal parsing").isTrue();
    }

    @Test
    void intJudgesTheNodeTheParserBuiltSoADoubleRoundedToTwoPow63IsOutOfRange() throws Exception {
        String largestIntWithFraction = "9223372036854775807.0";
        assertThat(Scalar.INT.accepts(BIG_DECIMALS.readTree(largestIntWithFraction))).isTrue();
        assertThat(Scalar.INT.checkValue(DEFAULT.readTree(largestIntWithFraction)).code()).isEqualTo("maximum");
    }

    @Test
    void intRejectsAFractionWithTypeAndShowsTheNumber() throws Exception {
        assertThat(Scalar.INT.checkValue(DEFAULT.readTree("1.5")))
                .isEqualTo(new ScalarFailure("type", "expected an integer, got 1.5"));
    }

    @Test
    void intRejectsATinyFractionThatADoubleWouldRoundAway() throws Exception {
        assertThat(Scalar.INT.checkValue(BIG_DECIMALS.readTree("1.0000000000000000000001")).code()).isEqualTo("type");
        assertThat(Scalar.INT.checkValue(BIG_DECIMALS.readTree("1e-400")).code()).isEqualTo("type");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "9223372036854775808, maximum", "-9223372036854775809, minimum", "1e19, maximum", "-1e19, minimum",
        "9223372036854775807.5, type", "9223372036854775808.0, maximum", "1e400, maximum", "-1e400, minimum",
        "1.5e400, maximum"
    })
    void intRejectsOutOfRangeExactlyWithBigDecimalParsing(String json, String code) throws Exception {
        assertThat(Scalar.INT.checkValue(BIG_DECIMALS.readTree(json)).code()).isEqualTo(code);
    }

    @Test
    void intRejectsTwoPow63AsBigIntegerWithMaximumAndNamesTheBound() throws Exception {
        JsonNode value = DEFAULT.readTree("9223372036854775808");
        assertThat(value.isBigInteger()).isTrue();
        assertThat(Scalar.INT.checkValue(value))
                .isEqualTo(new ScalarFailure("maximum", "must be <= 9223372036854775807, got 9223372036854775808"));
    }

    @Test
    void intRejectsTheDoubleTwoPow63ButAcceptsTheDoubleMinusTwoPow63() {
        assertThat(Scalar.INT.checkValue(DoubleNode.valueOf(9.223372036854776E18)).code()).isEqualTo("maximum");
        assertThat(Scalar.INT.checkValue(DoubleNode.valueOf(Math.nextDown(-0x1p63))).code()).isEqualTo("minimum");
        assertThat(Scalar.INT.accepts(DoubleNode.valueOf(-0x1p63))).isTrue();
        assertThat(Scalar.INT.accepts(DoubleNode.valueOf(Math.nextDown(0x1p63)))).isTrue();
    }

    @Test
    void intJudgesAnOverflowingLiteralParsedAsInfinityOutOfRange() throws Exception {
        assertThat(Scalar.INT.checkValue(DEFAULT.readTree("1e400")).code()).isEqualTo("maximum");
        assertThat(Scalar.INT.checkValue(DEFAULT.readTree("-1e400")).code()).isEqualTo("minimum");
    }

    @Test
    void intRejectsNanFromALenientParserWithType() throws Exception {
        assertThat(Scalar.INT.checkValue(LENIENT.readTree("NaN")).code()).isEqualTo("type");
    }

    @Test
    void intRejectsAStringHoldingANumberWithType() {
        assertThat(Scalar.INT.checkValue(text("1"))).isEqualTo(new ScalarFailure("type", "expected an integer, got a string"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void floatRejectsNonFiniteValuesFromALenientParser(String json) throws Exception {
        ScalarFailure failure = Scalar.FLOAT.checkValue(LENIENT.readTree(json));
        assertThat(failure).isEqualTo(new ScalarFailure("type",
                "expected a finite number (within ±" + Double.MAX_VALUE + "), got " + json));
    }

    @Test
    void floatRejectsExactDecimalsBeyondTheRangeOfADoubleButKeepsTinyOnes() throws Exception {
        assertThat(Scalar.FLOAT.checkValue(BIG_DECIMALS.readTree("1e400")).code()).isEqualTo("type");
        assertThat(Scalar.FLOAT.accepts(BIG_DECIMALS.readTree("-1.5e-400"))).isTrue();
        assertThat(Scalar.FLOAT.accepts(BIG_DECIMALS.readTree("1.7976931348623157e308"))).isTrue();
    }

    @Test
    void freeJsonMayHoldOnlyNumbersADoubleCanHoldAndTheFailureSaysWhere() throws Exception {
        ScalarFailure failure = Scalar.JSON_OBJECT.checkValue(ExactJson.mapper().readTree("{\"a\": [1, {\"b\": -2e400}]}"));
        assertThat(failure.code()).isEqualTo("type");
        assertThat(failure.message()).endsWith(" at a[1].b");
        assertThat(Scalar.JSON.accepts(ExactJson.mapper().readTree("12345678901234567.89"))).isTrue();
    }

    @Test
    void latitudeComparesDecimalsExactlyWhereADoubleWouldRoundOntoTheBound() {
        DecimalNode justAbove = DecimalNode.valueOf(new BigDecimal("90.0000000000000000001"));
        assertThat(Scalar.LATITUDE.checkValue(justAbove))
                .isEqualTo(new ScalarFailure("maximum", "must be <= 90, got 90.0000000000000000001"));
        assertThat(Scalar.LATITUDE.checkValue(DecimalNode.valueOf(new BigDecimal("-90.0000000000000000001"))).code())
                .isEqualTo("minimum");
        assertThat(Scalar.LATITUDE.accepts(DecimalNode.valueOf(new BigDecimal("90.000")))).isTrue();
    }

    @Test
    void longitudeAcceptsItsBoundsAndRejectsBeyondThem() throws Exception {
        assertThat(Scalar.LONGITUDE.accepts(DEFAULT.readTree("-180"))).isTrue();
        assertThat(Scalar.LONGITUDE.accepts(DEFAULT.readTree("180.0"))).isTrue();
        assertThat(Scalar.LONGITUDE.checkValue(DEFAULT.readTree("180.00000000000003")).code()).isEqualTo("maximum");
        assertThat(Scalar.LONGITUDE.checkValue(DEFAULT.readTree("-181")).code()).isEqualTo("minimum");
    }

    @Test
    void latitudeRejectsNonNumbersWithTypeAndNanWithType() throws Exception {
        assertThat(Scalar.LATITUDE.checkValue(text("45")))
                .isEqualTo(new ScalarFailure("type", "expected a latitude (a number from -90 to 90), got a string"));
        assertThat(Scalar.LATITUDE.checkValue(LENIENT.readTree("NaN")).code()).isEqualTo("type");
        assertThat(Scalar.LATITUDE.checkValue(LENIENT.readTree("Infinity")).code()).isEqualTo("maximum");
    }

    private static JsonNode text(String value) {
        return DEFAULT.getNodeFactory().textNode(value);
    }
}
