package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the condition language: every ordering operator on equal, smaller and larger
 * values, what a bare value counts as, escaped quotes, and errors at the very end of the text.
 */
class ConditionEdgesTest {

    private static final String DATA = "{amount: 420, zero: 0, two: 2, no: false, yes: true, text: 'x', empty: '',"
            + " list: [1], object: {a: 1}, nothing: null, quote: \"it's\", currency: 'CHF'}";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '¦', value = {
            "data.amount < 420 ¦ false", "data.amount < 421 ¦ true",
            "data.amount <= 419 ¦ false", "data.amount <= 420 ¦ true",
            "data.amount > 420 ¦ false", "data.amount > 419 ¦ true",
            "data.amount >= 421 ¦ false", "data.amount >= 420 ¦ true",
            "data.amount == 421 ¦ false", "data.amount != 420.00 ¦ false",
            "data.currency < 'CHF' ¦ false", "data.currency < 'EUR' ¦ true",
            "data.currency <= 'CHE' ¦ false", "data.currency <= 'CHF' ¦ true",
            "data.currency > 'CHF' ¦ false", "data.currency > 'CHE' ¦ true",
            "data.currency >= 'EUR' ¦ false", "data.currency >= 'CHF' ¦ true",
            "data.currency == 'EUR' ¦ false",
            "data.amount >= '420' ¦ false", "data.amount <= '420' ¦ false", "data.amount == '420' ¦ false",
            "data.yes ¦ true", "data.no ¦ false", "data.two ¦ true", "data.zero ¦ false",
            "data.text ¦ true", "data.empty ¦ false", "data.list ¦ false", "data.object ¦ false",
            "data.nothing ¦ false", "data.missing ¦ false", "!data.zero ¦ true",
            "data.quote == 'it\\'s' ¦ true", "data.quote == \"it's\" ¦ true"})
    void evaluates(String condition, boolean expected) {
        assertThat(Condition.parse(condition).test(json(DATA))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "data. ¦ expected a field name after '.' at position 6",
            "data.yes && ¦ expected a value but the condition ended at position 12",
            "!¦ expected a value but the condition ended at position 2",
            "data.text == 'x\\ ¦ unterminated string at position 14",
            "data.amount == 1.2.3 ¦ invalid number '1.2.3' at position 16"})
    void reportsAProblemAtTheEndOfTheText(String condition, String message) {
        assertThatThrownBy(() -> Condition.parse(condition)).isInstanceOf(ConditionException.class).hasMessage(message);
    }

    @Test
    void namesThePositionOfTheProblem() {
        assertThatThrownBy(() -> Condition.parse("data.amount == 1.2.3"))
                .isInstanceOfSatisfying(ConditionException.class, e -> assertThat(e.position()).isEqualTo(16));
    }
}
