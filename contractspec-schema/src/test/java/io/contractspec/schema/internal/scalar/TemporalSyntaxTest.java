package io.contractspec.schema.internal.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TemporalSyntaxTest {

    @Test
    void dateCheckAgreesWithJavaTimeForEveryYearMonthAndDayIncludingOutOfRangeFields() {
        DateRule rule = new DateRule();
        char[] text = "0000-00-00".toCharArray();
        int mismatches = 0;
        for (int year = 0; year <= 9999; year++) {
            put(text, 0, year / 100);
            put(text, 2, year % 100);
            for (int month = 0; month <= 13; month++) {
                put(text, 5, month);
                for (int day = 0; day <= 32; day++) {
                    put(text, 8, day);
                    boolean exists = month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day);
                    if (rule.accepts(new String(text)) != exists) {
                        mismatches++;
                    }
                }
            }
        }
        assertThat(mismatches).isZero();
    }

    @Test
    void leapYearsFollowTheGregorianRule() {
        assertThat(TemporalSyntax.isLeapYear(2024)).isTrue();
        assertThat(TemporalSyntax.isLeapYear(2000)).isTrue();
        assertThat(TemporalSyntax.isLeapYear(0)).isTrue();
        assertThat(TemporalSyntax.isLeapYear(1900)).isFalse();
        assertThat(TemporalSyntax.isLeapYear(2023)).isFalse();
    }

    @Test
    void dateTimeFieldsMatchJavaTimeRangesWhereBothApply() {
        DateTimeRule rule = new DateTimeRule();
        assertThat(rule.accepts("2024-02-29T23:59:59.999999999+18:00")).isTrue();
        assertThat(rule.accepts("2024-02-29T23:59:59-23:59")).as("RFC 3339 allows offsets beyond java.time's 18h")
                .isTrue();
        assertThat(rule.accepts("2024-02-29T23:59:59+24:00")).isFalse();
    }

    private static void put(char[] text, int at, int twoDigits) {
        text[at] = (char) ('0' + twoDigits / 10);
        text[at + 1] = (char) ('0' + twoDigits % 10);
    }
}
