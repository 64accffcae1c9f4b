package io.contractspec.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.schema.EnumType;
import io.contractspec.schema.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Java enum binds to an enum type when constants and wire values match one-to-one. */
class EnumMappingTest {

    private static final EnumType REVIEW = EnumType.of("Review", "running", "request_changes", "timed-out");

    private static final Model HOLDER = Model.builder("Holder").required("value", REVIEW).build();

    enum Review { RUNNING, REQUEST_CHANGES, TIMED_OUT }

    record Holder(Review value) {}

    private static final RecordBinding<Holder> BINDING = RecordBinding.of(HOLDER, Holder.class);

    @ParameterizedTest
    @CsvSource({"running, RUNNING", "request_changes, REQUEST_CHANGES", "timed-out, TIMED_OUT"})
    void readsAndWritesEachWireValueAsItsConstant(String wire, Review constant) {
        String payload = "{\"value\":\"" + wire + "\"}";

        assertThat(BINDING.read(Json.parse(payload))).isEqualTo(new Holder(constant));
        assertThat(BINDING.write(new Holder(constant))).hasToString(payload);
    }

    @Test
    void matchesIgnoringCaseAndDashVersusUnderscore() {
        assertThat(EnumCodec.matchKey("TIMED_OUT")).isEqualTo(EnumCodec.matchKey("timed-out"));
        assertThat(EnumCodec.matchKey("Request-Changes")).isEqualTo(EnumCodec.matchKey("REQUEST_CHANGES"));
        assertThat(EnumCodec.matchKey("RUNNING")).isNotEqualTo(EnumCodec.matchKey("RUN_NING"));
    }

    @Test
    void keepsTheDeclaredWireSpellingWhenWriting() {
        Model model = Model.builder("Mixed").required("value", EnumType.of("MixedCase", "Running", "Timed-Out",
                "request_changes")).build();

        assertThat(RecordBinding.of(model, Holder.class).write(new Holder(Review.TIMED_OUT)))
                .hasToString("{\"value\":\"Timed-Out\"}");
    }

    @Test
    void readingAValueOutsideTheEnumFailsWithTheAllowedValues() {
        assertThatThrownBy(() -> BINDING.read(Json.parse("{\"value\":\"RUNNING\"}")))
                .isInstanceOf(BindingException.class)
                .hasMessage("Holder at value: expected one of [running, request_changes, timed-out], got 'RUNNING'");
    }

    enum TooFew { RUNNING, REQUEST_CHANGES }

    record TooFewHolder(TooFew value) {}

    @Test
    void rejectsAWireValueWithoutConstant() {
        assertThatThrownBy(() -> RecordBinding.of(HOLDER, TooFewHolder.class))
                .hasMessageContaining("Java enum TooFew does not match enum Review [running, request_changes, timed-out]: "
                        + "wire value 'timed-out' has no constant");
    }

    enum TooMany { RUNNING, REQUEST_CHANGES, TIMED_OUT, ARCHIVED }

    record TooManyHolder(TooMany value) {}

    @Test
    void rejectsAConstantWithoutWireValue() {
        assertThatThrownBy(() -> RecordBinding.of(HOLDER, TooManyHolder.class))
                .hasMessageContaining("Java enum TooMany does not match enum Review")
                .hasMessageContaining("constant ARCHIVED has no wire value");
    }

    @Test
    void rejectsTwoWireValuesForOneConstant() {
        Model model = Model.builder("Twice").required("value", EnumType.of("Twice", "running", "request_changes",
                "timed-out", "timed_out")).build();

        assertThatThrownBy(() -> RecordBinding.of(model, Holder.class))
                .hasMessageContaining("Java enum Review does not match enum Twice")
                .hasMessageContaining("wire values 'timed-out' and 'timed_out' both match constant TIMED_OUT");
    }

    @SuppressWarnings("unused")
    enum Twins { RUNNING, Running, REQUEST_CHANGES, TIMED_OUT }

    record TwinsHolder(Twins value) {}

    @Test
    void rejectsTwoConstantsForOneWireValue() {
        assertThatThrownBy(() -> RecordBinding.of(HOLDER, TwinsHolder.class))
                .hasMessage("Cannot bind model Holder to record TwinsHolder: field 'value': record component "
                        + "TwinsHolder.value: Java enum Twins does not match enum Review [running, request_changes, "
                        + "timed-out]: constants RUNNING and Running match the same wire value "
                        + "(a constant matches a wire value equal to it ignoring case and '-' versus '_')");
    }
}
