package io.contractspec.schema.internal.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The scalar rules exactly at their limits, where a boundary off by one would show. */
class ScalarBoundariesTest {

    private static final String ASTRAL = "\uD83D\uDE00"; // one code point, two UTF-16 units

    @Test
    void anEmailLocalPartOf64CharactersIsAcceptedAnd65IsNot() {
        EmailAddressRule rule = new EmailAddressRule();

        assertThat(rule.accepts("a".repeat(64) + "@example.com")).isTrue();
        assertThat(rule.accepts("a".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void anEmailLocalPartWithTheFirstCharacterBeyondAsciiIsRejectedNotAnError() {
        EmailAddressRule rule = new EmailAddressRule();

        assertThat(rule.accepts("a\u0080b@example.com")).isFalse();
        assertThat(rule.accepts("a\u007fb@example.com")).isFalse();
    }

    @Test
    void anIdOf255CodePointsIsAcceptedEvenAs510UnitsAnd256AreNot() {
        IdRule rule = new IdRule();

        assertThat(rule.accepts(ASTRAL.repeat(255))).isTrue();
        assertThat(rule.accepts(ASTRAL.repeat(254) + "ab")).as("256 code points in 510 units").isFalse();
        assertThat(rule.accepts("x".repeat(255))).isTrue();
        assertThat(rule.accepts("x".repeat(256))).isFalse();
    }

    @Test
    void anExactDecimalWithOnlyZeroFractionDigitsIsAnInteger() {
        IntRule rule = new IntRule();

        assertThat(rule.check(DecimalNode.valueOf(new BigDecimal("7.00")))).isNull();
        assertThat(IntRule.isIntegral(new BigDecimal("7.00"))).isTrue();
        assertThat(IntRule.isIntegral(new BigDecimal("7.50"))).isFalse();
        assertThat(rule.check(DecimalNode.valueOf(new BigDecimal("7.50")))).isNotNull();
    }

    @Test
    void aDateNeedsTenCharactersFromWhereItStarts() {
        assertThat(TemporalSyntax.isDate("x2024-02-29", 1)).isTrue();
        assertThat(TemporalSyntax.isDate("2024-02-29", 1)).isFalse();
        assertThat(TemporalSyntax.isDate("2024-02-2", 0)).isFalse();
    }
}
