package io.contractspec.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Quoted text in messages and exact numbers as JSON nodes, at their limits. */
class DescribeAndNumbersTest {

    @Test
    void textOf40CharactersIsQuotedWholeAndLongerTextIsShortened() {
        String forty = "x".repeat(40);

        assertThat(Describe.quote(forty)).isEqualTo("'" + forty + "'");
        assertThat(Describe.quote(forty + "y")).isEqualTo("'" + forty + "…'");
    }

    @Test
    void integralDecimalsBecomeLongNodesUntilTheyNoLongerFit() {
        JsonNode five = JsonNumbers.of(new BigDecimal("5.0"));
        JsonNode largestLong = JsonNumbers.of(BigDecimal.valueOf(Long.MAX_VALUE));
        JsonNode beyond = JsonNumbers.of(new BigDecimal(BigInteger.ONE.shiftLeft(63)));

        assertThat(five.isLong()).isTrue();
        assertThat(five.asText()).isEqualTo("5");
        assertThat(largestLong.isLong()).isTrue();
        assertThat(largestLong.longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(beyond.isBigInteger()).isTrue();
        assertThat(beyond.bigIntegerValue()).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(JsonNumbers.of(new BigDecimal("-9223372036854775808")).isLong()).isTrue();
        assertThat(JsonNumbers.of(new BigDecimal("1.50")).decimalValue()).isEqualTo(new BigDecimal("1.5"));
    }
}
