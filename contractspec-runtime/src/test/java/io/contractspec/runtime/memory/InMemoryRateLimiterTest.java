package io.contractspec.runtime.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token bucket: bursts up to the limit, continuous refill at the limit, never above capacity. */
class InMemoryRateLimiterTest {

    private static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");
    private static final RateLimit SIX_PER_MINUTE = RateLimit.perUser(6);

    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    private Duration take(String bucket, Instant now) {
        return limiter.acquire(bucket, SIX_PER_MINUTE, now);
    }

    private int takeAll(String bucket, Instant now) {
        int taken = 0;
        while (take(bucket, now).isZero()) {
            taken++;
        }
        return taken;
    }

    @Test
    void dropsBucketsIdleForAMinuteButKeepsRecentOnes() {
        for (int caller = 0; caller < 3_000; caller++) {
            take("idle-" + caller, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(2));
        take("recent", later.minusSeconds(1));
        for (int call = 0; call < 2_000; call++) {
            take("busy", later);
        }

        assertThat(limiter.bucketCount()).isEqualTo(2);
        assertThat(take("recent", later)).as("a kept bucket still counts its tokens").isZero();
    }

    @Test
    void startsFull() {
        assertThat(takeAll("a", T0)).isEqualTo(6);
    }

    @Test
    void saysHowLongUntilTheNextToken() {
        takeAll("a", T0);

        assertThat(take("a", T0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(take("a", T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refillsContinuously() {
        takeAll("a", T0);

        assertThat(take("a", T0.plusSeconds(10))).isZero();
        assertThat(take("a", T0.plusSeconds(10))).isPositive();
        assertThat(takeAll("a", T0.plusSeconds(35))).as("2.5 tokens refilled").isEqualTo(2);
        assertThat(take("a", T0.plusSeconds(40))).as("half a token was kept").isZero();
    }

    @Test
    void neverHoldsMoreThanTheLimit() {
        take("a", T0);

        assertThat(takeAll("a", T0.plus(Duration.ofHours(1)))).isEqualTo(6);
    }

    @Test
    void doesNotChargeARefusedCall() {
        takeAll("a", T0);
        for (int i = 0; i < 100; i++) {
            take("a", T0.plusSeconds(5));
        }

        assertThat(take("a", T0.plusSeconds(10))).isZero();
    }

    @Test
    void keepsBucketsApart() {
        takeAll("a", T0);

        assertThat(takeAll("b", T0)).isEqualTo(6);
    }

    @Test
    void ignoresAClockThatGoesBack() {
        takeAll("a", T0.plusSeconds(30));

        assertThat(take("a", T0)).isPositive();
        assertThat(takeAll("a", T0.plusSeconds(40))).isEqualTo(1);
    }
}
