package io.contractspec.schema.internal.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcmaCharsTest {

    /** ECMA-262: WhiteSpace is TAB, VT, FF, ZWNBSP and every Zs; LineTerminator is LF, CR, LS, PS. */
    @Test
    void whitespaceIsExactlyEcmaBackslashSForEveryUtf16Unit() {
        for (int unit = 0; unit <= 0xffff; unit++) {
            char c = (char) unit;
            boolean ecma = c == '\t' || c == '\u000b' || c == '\f' || c == '\ufeff' || c == '\n' || c == '\r'
                    || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.SPACE_SEPARATOR;
            assertThat(EcmaChars.isWhitespace(c)).as("U+%04X", unit).isEqualTo(ecma);
        }
    }

    @Test
    void controlsAreExactlyC0DelAndC1() {
        for (int unit = 0; unit <= 0xffff; unit++) {
            char c = (char) unit;
            boolean control = Character.getType(c) == Character.CONTROL;
            assertThat(EcmaChars.isControl(c)).as("U+%04X", unit).isEqualTo(control);
        }
    }

    @Test
    void nelAndMongolianVowelSeparatorAndZeroWidthSpaceAreNotWhitespace() {
        assertThat(EcmaChars.isWhitespace('\u0085')).isFalse();
        assertThat(EcmaChars.isWhitespace('\u180e')).isFalse();
        assertThat(EcmaChars.isWhitespace('\u200b')).isFalse();
    }
}
