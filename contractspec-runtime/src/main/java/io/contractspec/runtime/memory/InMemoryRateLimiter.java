package io.contractspec.runtime.memory;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.runtime.spi.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets in memory: each bucket holds up to {@code rpm} tokens and refills continuously at
 * {@code rpm} per minute, so bursts up to the limit pass and the long-run rate is the limit.
 * Time comes from the caller (the call's clock), which keeps tests deterministic.
 *
 * <p>Buckets untouched for a full minute have refilled completely, which is what a new bucket is,
 * so they are dropped in an occasional sweep: memory stays proportional to recent callers.
 */
@PublicApi
public final class InMemoryRateLimiter implements RateLimiter {

    private static final int SWEEP_EVERY = 4_096;
    private static final Duration IDLE = Duration.ofMinutes(1);

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    @Override
    public Duration acquire(String bucket, RateLimit limit, Instant now) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweepIdle(now);
        }
        return buckets.computeIfAbsent(bucket, key -> new Bucket(limit.rpm(), now)).take(limit.rpm(), now);
    }

    /** How many buckets are held, for tests and monitoring. */
    public int bucketCount() {
        return buckets.size();
    }

    private void sweepIdle(Instant now) {
        Instant cutoff = now.minus(IDLE);
        buckets.values().removeIf(bucket -> bucket.idleSince(cutoff));
    }

    private static final class Bucket {
        private static final double NANOS_PER_MINUTE = 60e9;

        private double tokens;
        private Instant refilledAt;

        Bucket(int capacity, Instant now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized boolean idleSince(Instant cutoff) {
            return refilledAt.isBefore(cutoff);
        }

        synchronized Duration take(int rpm, Instant now) {
            if (now.isAfter(refilledAt)) {
                double elapsedNanos = Duration.between(refilledAt, now).toNanos();
                tokens = Math.min(rpm, tokens + elapsedNanos * rpm / NANOS_PER_MINUTE);
                refilledAt = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            long waitNanos = (long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / rpm);
            return Duration.ofNanos(Math.max(1, waitNanos));
        }
    }
}
