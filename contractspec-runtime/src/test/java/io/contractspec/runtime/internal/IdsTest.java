package io.contractspec.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event and audit ids are UUID version 7: the millisecond timestamp first, then random bits. */
class IdsTest {

    private static final long MILLIS = 1_736_935_200_123L; // 2025-01-15T10:00:00.123Z

    @Test
    void isAVersion7UuidOfTheIetfVariant() {
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.fromString(Ids.newId(MILLIS));
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void startsWithTheTimestampSoThatIdsSortByTime() {
        UUID id = UUID.fromString(Ids.newId(MILLIS));

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MILLIS);
        assertThat(Ids.newId(MILLIS + 1)).isGreaterThan(Ids.newId(MILLIS));
    }

    @Test
    void fillsTheRestWithRandomBits() {
        Set<Long> counters = new HashSet<>();
        Set<Long> lows = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.fromString(Ids.newId(MILLIS));
            counters.add(id.getMostSignificantBits() & 0x0FFFL);
            lows.add(id.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL);
        }
        assertThat(counters).hasSizeGreaterThan(50);
        assertThat(lows).hasSize(100);
    }
}
