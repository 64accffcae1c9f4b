package io.contractspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.internal.ScalarFailure;
import org.junit.jupiter.api.Test;

class TextScalarTest {

    @Test
    void booleanIsStrictAboutStringsAndNumbers() {
        assertThat(Scalar.BOOLEAN.accepts(BooleanNode.FALSE)).isTrue();
        assertThat(Scalar.BOOLEAN.checkValue(text("false")))
                .isEqualTo(new ScalarFailure("type", "expected a boolean (true or false), got a string"));
        assertThat(Scalar.BOOLEAN.checkValue(IntNode.valueOf(0)).code()).isEqualTo("type");
    }

    @Test
    void formatScalarRejectsAnotherJsonKindWithTypeNamingTheFormat() {
        assertThat(Scalar.DATE.checkValue(IntNode.valueOf(20240229)))
                .isEqualTo(new ScalarFailure("type", "expected a date YYYY-MM-DD, got an integer"));
    }

    @Test
    void formatScalarRejectsAWrongStringWithFormatQuotingIt() {
        assertThat(Scalar.DATE.checkValue(text("2023-02-30")))
                .isEqualTo(new ScalarFailure("format", "expected a date YYYY-MM-DD, got '2023-02-30'"));
        assertThat(Scalar.CURRENCY.checkValue(text("chf")))
                .isEqualTo(new ScalarFailure("format", "expected an ISO 4217 currency code such as CHF, got 'chf'"));
    }

    @Test
    void messageQuotesOnlyTheStartOfALongValue() {
        String message = Scalar.UUID.checkValue(text("x".repeat(1000))).message();
        assertThat(message).isEqualTo("expected a UUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, got '" + "x".repeat(40) + "…'");
    }

    @Test
    void nonEmptyStringTreatsEcmaWhitespaceAsEmptyButControlsAndZeroWidthSpaceAsContent() {
        assertThat(Scalar.NON_EMPTY_STRING.accepts(text("\u00a0\u2028\ufeff\u3000"))).isFalse();
        assertThat(Scalar.NON_EMPTY_STRING.accepts(text("\u0000"))).isTrue();
        assertThat(Scalar.NON_EMPTY_STRING.accepts(text("\u200b"))).isTrue();
        assertThat(Scalar.NON_EMPTY_STRING.accepts(text("\u0085"))).isTrue();
        assertThat(Scalar.NON_EMPTY_STRING.checkValue(text(" ")))
                .isEqualTo(new ScalarFailure("format", "expected a string with a non-whitespace character, got ' '"));
    }

    @Test
    void idCountsCodePointsNotUtf16Units() {
        String emoji = "\ud83d\ude00";
        assertThat(Scalar.ID.accepts(text(emoji.repeat(255)))).isTrue();
        assertThat(Scalar.ID.accepts(text(emoji.repeat(256)))).isFalse();
        assertThat(Scalar.ID.accepts(text("a".repeat(254) + emoji))).isTrue();
    }

    @Test
    void idRejectsWhitespaceAndC0AndC1Controls() {
        assertThat(Scalar.ID.accepts(text("order-1"))).isTrue();
        for (String bad : new String[] {"a b", "a\u0001", "a\u007f", "a\u0080", "a\u009f", "a\u00a0", "a\ufeff", "a\n"}) {
            assertThat(Scalar.ID.checkValue(text(bad))).as(bad).extracting(ScalarFailure::code).isEqualTo("format");
        }
        assertThat(Scalar.ID.accepts(text("a\u00a1"))).isTrue();
    }

    @Test
    void unpairedSurrogatesAreJudgedAsUtf16UnitsLikeEcmaRegexes() {
        assertThat(Scalar.ID.accepts(text("\ud800"))).isTrue();
        assertThat(Scalar.URL.accepts(text("http://\ud800/"))).isTrue();
        assertThat(Scalar.EMAIL_ADDRESS.accepts(text("a\ud800@example.com"))).isFalse();
    }

    @Test
    void trailingNewlineIsRejectedByEveryAnchoredFormat() {
        assertThat(Scalar.DATE.accepts(text("2024-02-29\n"))).isFalse();
        assertThat(Scalar.DATE_TIME.accepts(text("2024-02-29T10:00:00Z\n"))).isFalse();
        assertThat(Scalar.TIME.accepts(text("10:00\n"))).isFalse();
        assertThat(Scalar.EMAIL_ADDRESS.accepts(text("a@example.com\n"))).isFalse();
        assertThat(Scalar.URL.accepts(text("http://a/\n"))).isFalse();
        assertThat(Scalar.PHONE_NUMBER.accepts(text("+41446681800\n"))).isFalse();
        assertThat(Scalar.LOCALE.accepts(text("de-CH\n"))).isFalse();
        assertThat(Scalar.UUID.accepts(text("123e4567-e89b-12d3-a456-426614174000\n"))).isFalse();
    }

    @Test
    void dateTimeAllowsOnlyUpperCaseSeparatorsAndNineFractionDigits() {
        assertThat(Scalar.DATE_TIME.accepts(text("2024-05-01T10:15:30.123456789Z"))).isTrue();
        assertThat(Scalar.DATE_TIME.accepts(text("2024-05-01T10:15:30.1234567890Z"))).isFalse();
        assertThat(Scalar.DATE_TIME.accepts(text("2024-05-01t10:15:30z"))).isFalse();
        assertThat(Scalar.DATE_TIME.accepts(text("2024-06-30T23:59:60Z"))).as("leap second").isFalse();
    }

    @Test
    void timeAllowsAFractionOnlyAfterSeconds() {
        assertThat(Scalar.TIME.accepts(text("10:15"))).isTrue();
        assertThat(Scalar.TIME.accepts(text("10:15:30.5"))).isTrue();
        assertThat(Scalar.TIME.accepts(text("10:15.5"))).isFalse();
    }

    @Test
    void localeIsCaseInsensitiveIncludingGrandfatheredTags() {
        assertThat(Scalar.LOCALE.accepts(text("ZH-hANT-tw"))).isTrue();
        assertThat(Scalar.LOCALE.accepts(text("En-Gb-OeD"))).isTrue();
        assertThat(Scalar.LOCALE.accepts(text("en_US"))).isFalse();
    }

    @Test
    void codeSetsAreExactlyTheJdkSetsAndCaseSensitive() {
        assertThat(java.time.ZoneId.getAvailableZoneIds()).allMatch(id -> Scalar.TIME_ZONE.accepts(text(id)));
        assertThat(java.util.Currency.getAvailableCurrencies())
                .allMatch(c -> Scalar.CURRENCY.accepts(text(c.getCurrencyCode())));
        assertThat(java.util.Locale.getISOCountries()).allMatch(code -> Scalar.COUNTRY_CODE.accepts(text(code)));
        assertThat(Scalar.TIME_ZONE.accepts(text("europe/zurich"))).isFalse();
        assertThat(Scalar.COUNTRY_CODE.accepts(text("ch"))).isFalse();
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }
}
