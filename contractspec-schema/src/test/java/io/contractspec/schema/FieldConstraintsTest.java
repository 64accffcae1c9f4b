package io.contractspec.schema;

import static io.contractspec.schema.ModelValidationTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FieldConstraintsTest {

    @Test
    void numericBoundsAreInclusive() {
        Model model = Model.builder("M").field(Field.required("n", Scalar.INT).minimum(1).maximum(10)).build();
        assertThat(model.validate(json("{'n':1}")).isValid()).isTrue();
        assertThat(model.validate(json("{'n':10}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'n':0}")))).containsExactly("minimum@n");
        assertThat(Issues.of(model.validate(json("{'n':11}")))).containsExactly("maximum@n");
        assertThat(model.validate(json("{'n':11}")).issues().get(0).message()).isEqualTo("must be <= 10");
    }

    @Test
    void decimalBoundsApplyToFloats() {
        Field.Builder price = Field.required("p", Scalar.FLOAT).minimum(new BigDecimal("0.01")).maximum(new BigDecimal("99.99"));
        Model model = Model.builder("M").field(price).build();
        assertThat(model.validate(json("{'p':0.01}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'p':0.009}")))).containsExactly("minimum@p");
        assertThat(Issues.of(model.validate(json("{'p':100}")))).containsExactly("maximum@p");
    }

    @Test
    void integerValuesMeetFractionalBoundsExactly() {
        Model model = Model.builder("M").field(Field.required("n", Scalar.INT)
                .minimum(new BigDecimal("10.5")).maximum(new BigDecimal("20.5"))).build();

        assertThat(Issues.of(model.validate(json("{'n':10}")))).containsExactly("minimum@n");
        assertThat(model.validate(json("{'n':11}")).isValid()).isTrue();
        assertThat(model.validate(json("{'n':20}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'n':21}")))).containsExactly("maximum@n");
    }

    @Test
    void integerValuesMeetBoundsBeyondTheLongRangeExactly() {
        Model model = Model.builder("M").field(Field.required("n", Scalar.INT)
                .minimum(new BigDecimal("-10000000000000000000")).maximum(new BigDecimal("10000000000000000000"))).build();

        assertThat(model.validate(json("{'n':9223372036854775807}")).isValid()).isTrue();
        assertThat(model.validate(json("{'n':-9223372036854775808}")).isValid()).isTrue();
    }

    @Test
    void scalarFailureIsReportedInsteadOfConstraintFailures() {
        Model model = Model.builder("M").field(Field.required("n", Scalar.INT).minimum(5)).build();
        assertThat(Issues.of(model.validate(json("{'n':'x'}")))).containsExactly("type@n");
        assertThat(Issues.of(model.validate(json("{'n':1.5}")))).containsExactly("type@n");
    }

    @Test
    void lengthsCountCodePoints() {
        Model model = Model.builder("M").field(Field.required("s", Scalar.STRING).minLength(2).maxLength(3)).build();
        assertThat(model.validate(json("{'s':'\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00'}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'s':'\\ud83d\\ude00'}")))).containsExactly("min_length@s");
        assertThat(Issues.of(model.validate(json("{'s':'abcd'}")))).containsExactly("max_length@s");
        assertThat(model.validate(json("{'s':'abcd'}")).issues().get(0).message())
                .isEqualTo("must be at most 3 characters long");
    }

    @Test
    void patternIsASearchNotAFullMatch() {
        Model model = Model.builder("M").field(Field.required("s", Scalar.STRING).pattern("b+")).build();
        assertThat(model.validate(json("{'s':'abbc'}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'s':'ac'}")))).containsExactly("pattern@s");
        assertThat(model.validate(json("{'s':'ac'}")).issues().get(0).message()).isEqualTo("must match the pattern b+");
    }

    @Test
    void dollarInAPatternMatchesOnlyAtTheEndOfInput() {
        Model model = Model.builder("M").field(Field.required("s", Scalar.STRING).pattern("^[a-z]+$")).build();
        assertThat(model.validate(json("{'s':'abc'}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'s':'abc\\n'}")))).containsExactly("pattern@s");
        Model literal = Model.builder("L").field(Field.required("s", Scalar.STRING).pattern("^[$]$")).build();
        assertThat(literal.validate(json("{'s':'$'}")).isValid()).isTrue();
    }

    @Test
    void itemCountsApplyToArraysAndValueConstraintsToEachItem() {
        Field.Builder tags = Field.required("tags", Scalar.STRING).array().minItems(1).maxItems(2).maxLength(3);
        Model model = Model.builder("M").field(tags).build();
        assertThat(model.validate(json("{'tags':['a','bcd']}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'tags':[]}")))).containsExactly("min_items@tags");
        assertThat(Issues.of(model.validate(json("{'tags':['a','b','c']}")))).containsExactly("max_items@tags");
        assertThat(Issues.of(model.validate(json("{'tags':['a','long']}")))).containsExactly("max_length@tags[1]");
    }

    @Test
    void constraintsCombineWithScalarFormats() {
        Model model = Model.builder("M").field(Field.required("d", Scalar.DATE).pattern("^2024-")).build();
        assertThat(model.validate(json("{'d':'2024-02-29'}")).isValid()).isTrue();
        assertThat(Issues.of(model.validate(json("{'d':'2023-02-28'}")))).containsExactly("pattern@d");
        assertThat(Issues.of(model.validate(json("{'d':'2023-02-29'}")))).containsExactly("format@d");
    }
}
