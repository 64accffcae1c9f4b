package io.contractspec.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of outbox event times gives exactly what {@link Instant#parse} gives. */
class InstantTextTest {

    @Test
    void readsWhatInstantWritesAtEveryPrecision() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "2026-12-06T17:05:44.1Z",
        "2026-12-06T17:05:44.123456789Z", "1969-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z",
        "2026-12-06T17:05:44.Z", "2026-12-06T17:05:44z", "2026-12-06t17:05:44Z", "2026-12-06T17:05:44+01:00"})
    void agreesWithInstantParseOnEdgesAndOtherForms(String text) {
        assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-06T25:00:00Z",
        "2026-12-06T17:60:00Z", "2026-12-06T17:05:4xZ", "2026-12-06T17:05:44.1234567890Z", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> InstantText.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
