package io.contractspec.schema.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Instants are written in the canonical date-time form, the same as an offset date-time at UTC. */
class InstantFormatTest {

    @Test
    void writesInstantsAsTheDateTimeCodecWritesThemAtUtc() {
        Random random = new Random(1206);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nanos = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(10) * 100_000_000;
                case 2 -> random.nextInt(1_000) * 1_000_000;
                case 3 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(TimeCodecs.INSTANT.write(instant).asText()).as(instant.toString())
                    .isEqualTo(TimeCodecs.OFFSET_DATE_TIME.write(instant.atOffset(ZoneOffset.UTC)).asText());
        }
    }

    @Test
    void cutsTheFractionsTrailingZeros() {
        assertThat(TimeCodecs.formatInstant(Instant.parse("2026-12-06T17:05:44.100Z"))).isEqualTo("2026-12-06T17:05:44.1Z");
        assertThat(TimeCodecs.formatInstant(Instant.parse("2026-12-06T17:05:44.000001Z"))).isEqualTo("2026-12-06T17:05:44.000001Z");
        assertThat(TimeCodecs.formatInstant(Instant.parse("0000-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00Z");
        assertThat(TimeCodecs.formatInstant(Instant.parse("9999-12-31T23:59:59.999999999Z")))
                .isEqualTo("9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void refusesYearsTheWireFormatCannotCarry() {
        assertThatThrownBy(() -> TimeCodecs.formatInstant(Instant.parse("+10000-01-01T00:00:00Z")))
                .hasMessageContaining("year 10000 is outside 0000-9999");
        assertThatThrownBy(() -> TimeCodecs.formatInstant(Instant.parse("-0001-12-31T23:59:59Z")))
                .hasMessageContaining("year -1 is outside 0000-9999");
    }
}
