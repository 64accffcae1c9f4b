package io.contractspec.examples.workflow.engine;

import static io.contractspec.core.Contracts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The condition language: what holds, and how bad conditions are reported. */
class ConditionTest {

    private static final String DATA = "{amount: 420, currency: 'CHF', urgent: true, vendor: {country: 'CH'},"
            + " note: '', manager: null}";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '¦', value = {
            "data.amount > 100  ¦ true",
            "data.amount >= 420 && data.amount <= 420  ¦ true",
            "data.amount < 420  ¦ false",
            "data.amount == 420.0  ¦ true",
            "data.currency == 'CHF'  ¦ true",
            "data.currency != \"EUR\"  ¦ true",
            "data.vendor.country == 'CH' && !(data.amount > 1000)  ¦ true",
            "data.urgent  ¦ true",
            "!data.urgent || data.amount > 400  ¦ true",
            "data.missing == null  ¦ true",
            "data.manager == null  ¦ true",
            "data.note  ¦ false",
            "data.currency > 100  ¦ false",
            "(data.amount > 1000 || data.urgent) && data.currency == 'CHF'  ¦ true",
            "false || true && false  ¦ false",
            "-5 < data.amount  ¦ true"})
    void evaluates(String condition, boolean expected) {
        assertThat(Condition.parse(condition).test(json(DATA))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "data.amount > ¦ expected a value but the condition ended at position 14",
            "amount > 5 ¦ unknown name 'amount'; paths start with 'data.' at position 1",
            "data.amount > 5 ) ¦ unexpected ')' at position 17",
            "(data.amount > 5 ¦ expected ')' at position 17",
            "data.currency == 'CHF ¦ unterminated string at position 18",
            "data. == 1 ¦ expected a field name after '.' at position 6",
            "data.a # 1 ¦ unexpected '#' at position 8"})
    void reportsWhereAConditionIsWrong(String condition, String message) {
        assertThatThrownBy(() -> Condition.parse(condition)).isInstanceOf(ConditionException.class)
                .hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void anEmptyConditionIsAnError() {
        assertThatThrownBy(() -> Condition.parse("  ")).isInstanceOf(ConditionException.class)
                .hasMessageContaining("empty");
    }
}
