package io.contractspec.runtime.spi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.RateLimit;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts calls per bucket (a user, an organization or everybody, per operation). Replace the
 * in-memory default with a shared store when several nodes must share one budget.
 */
@PublicApi
public interface RateLimiter {

    /**
     * Takes one call from the bucket.
     *
     * @return {@link Duration#ZERO} when the call may proceed, else how long until it could
     */
    Duration acquire(String bucket, RateLimit limit, Instant now);
}
