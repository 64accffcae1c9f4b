package io.contractspec.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ECMA-262 patterns on java.util.regex: an unescaped {@code $} ends the input; escapes pass through. */
class EcmaRegexTest {

    @Test
    void anUnescapedDollarMatchesOnlyAtTheVeryEnd() {
        assertThat(EcmaRegex.compile("^\\d+$").matcher("42").find()).isTrue();
        assertThat(EcmaRegex.compile("^\\d+$").matcher("42\n").find()).isFalse();
    }

    @Test
    void anEscapedDollarIsALiteralDollar() {
        assertThat(EcmaRegex.compile("^\\$\\d+").matcher("$12").find()).isTrue();
        assertThat(EcmaRegex.compile("^\\$\\d+").matcher("12").find()).isFalse();
    }

    @Test
    void aDollarInACharacterClassIsALiteralDollar() {
        assertThat(EcmaRegex.compile("^[$]$").matcher("$").find()).isTrue();
    }

    @Test
    void aTrailingBackslashIsAnInvalidPattern() {
        assertThatThrownBy(() -> EcmaRegex.compile("a\\")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid pattern 'a\\': ");
    }
}
