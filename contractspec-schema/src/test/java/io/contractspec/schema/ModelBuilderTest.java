package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ModelBuilderTest {

    @Test
    void duplicateFieldNamesAreRejectedNamingModelAndField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("Order").required("id", Scalar.ID).optional("id", Scalar.STRING).build())
                .withMessage("Model Order: duplicate field 'id'");
    }

    @Test
    void numericBoundsOnAStringFieldAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("Order").field(Field.required("name", Scalar.STRING).minimum(1)).build())
                .withMessage("Model Order: field 'name': minimum/maximum need a numeric scalar, not String");
    }

    @Test
    void lengthOrPatternOnANonStringFieldIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Field.required("n", Scalar.INT).maxLength(3).build())
                .withMessage("field 'n': minLength/maxLength/pattern need a string scalar, not Int");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Field.required("s", EnumType.of("E", "a")).pattern("a").build())
                .withMessageContaining("need a string scalar, not E");
    }

    @Test
    void itemCountsOnANonArrayFieldAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Field.required("s", Scalar.STRING).minItems(1).build())
                .withMessage("field 's': minItems/maxItems need an array or map field");
    }

    @Test
    void invertedBoundsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Field.required("n", Scalar.INT).minimum(5).maximum(1).build())
                .withMessage("field 'n': minimum is greater than maximum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Field.required("s", Scalar.STRING).minLength(5).maxLength(1).build())
                .withMessage("field 's': minLength is greater than maxLength");
    }

    @Test
    void invalidPatternIsRejectedWithThePattern() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("M").field(Field.required("s", Scalar.STRING).pattern("[a-")).build())
                .withMessageStartingWith("Model M: field 's': invalid pattern '[a-'");
    }

    @Test
    void defaultThatTheFieldWouldRejectIsRejectedWithTheReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("Trip").field(Field.optional("start", Scalar.DATE).defaultValue("2023-02-29"))
                        .build())
                .withMessage("Model Trip: default of field 'start' is invalid: "
                        + "expected a date YYYY-MM-DD, got '2023-02-29'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("Trip").field(Field.optional("n", Scalar.INT).maximum(3).defaultValue(4))
                        .build())
                .withMessage("Model Trip: default of field 'n' is invalid: must be <= 3");
    }

    @Test
    void validDefaultIsKept() {
        Model model = Model.builder("Trip").field(Field.optional("start", Scalar.DATE).defaultValue("2024-02-29")).build();
        assertThat(model.field("start").orElseThrow().defaultValue()).hasValueSatisfying(
                value -> assertThat(value.textValue()).isEqualTo("2024-02-29"));
    }

    @Test
    void namesMustBeIdentifiers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("Bad Name").build())
                .withMessage("Model name must match [A-Za-z_][A-Za-z0-9_]*, got 'Bad Name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Model.builder("M").required("1st", Scalar.STRING).build())
                .withMessageContaining("Field name must match");
    }
}
