package io.contractspec.schema.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.internal.ScalarFailure;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples are the golden table of scalar behaviour: each is checked against the rule. */
class ScalarSamplesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> validSamples() {
        return Scalar.all().stream()
                .flatMap(scalar -> ScalarSamples.valid(scalar).stream().map(value -> Arguments.of(scalar, value)));
    }

    static Stream<Arguments> invalidSamples() {
        return Scalar.all().stream().flatMap(scalar -> ScalarSamples.invalidWithCodes(scalar).stream()
                .map(sample -> Arguments.of(scalar, sample.value(), sample.code())));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("validSamples")
    void acceptsValidSample(Scalar scalar, JsonNode value) {
        assertThat(scalar.checkValue(value)).isNull();
        assertThat(scalar.accepts(value)).isTrue();
    }

    @ParameterizedTest(name = "{0} rejects {1} with {2}")
    @MethodSource("invalidSamples")
    void rejectsInvalidSampleWithItsCode(Scalar scalar, JsonNode value, String code) {
        ScalarFailure failure = scalar.checkValue(value);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.message()).startsWith(code.equals("minimum") || code.equals("maximum") ? "must be" : "expected");
        assertThat(scalar.accepts(value)).isFalse();
    }

    @ParameterizedTest(name = "{0} keeps {1} through JSON text")
    @MethodSource("validSamples")
    void validSampleKeepsItsVerdictThroughJsonText(Scalar scalar, JsonNode value) throws Exception {
        assertThat(scalar.accepts(MAPPER.readTree(MAPPER.writeValueAsString(value)))).isTrue();
    }

    @ParameterizedTest(name = "{0} keeps {1} through JSON text")
    @MethodSource("invalidSamples")
    void invalidSampleKeepsItsCodeThroughJsonText(Scalar scalar, JsonNode value, String code) throws Exception {
        JsonNode reread = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(scalar.checkValue(reread)).extracting(ScalarFailure::code).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void everyScalarHasValidAndInvalidSamples(Scalar scalar) {
        assertThat(ScalarSamples.valid(scalar)).hasSizeGreaterThanOrEqualTo(2);
        if (scalar != Scalar.JSON) {
            assertThat(ScalarSamples.invalid(scalar)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(ScalarSamples.invalidWithCodes(scalar)).extracting(InvalidSample::code).contains("type");
        }
    }

    static Stream<Scalar> scalars() {
        return Scalar.all().stream();
    }
}
