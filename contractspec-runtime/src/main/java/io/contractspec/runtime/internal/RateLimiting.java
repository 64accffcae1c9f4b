package io.contractspec.runtime.internal;

import com.fasterxml.jackson.databind.node.LongNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.Stage;
import io.contractspec.runtime.spi.RateLimiter;
import java.time.Duration;

/** The rate-limit stage: one token from the operation's bucket for this caller, or 429 with when to retry. */
public final class RateLimiting {

    private final RateLimiter limiter;

    public RateLimiting(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public static boolean applies(OperationSpec operation) {
        return operation.policy().rateLimit().isPresent();
    }

    public void take(OperationSpec operation, CallContext context) {
        RateLimit limit = operation.policy().rateLimit().orElseThrow();
        String bucket = operation.ref() + "|" + bucketOf(limit.scope(), context);
        Duration wait = limiter.acquire(bucket, limit, context.clock().instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new StageFailure(Stage.RATE_LIMIT, Problem.of(StandardCode.RATE_LIMITED)
                    .detail("Rate limit of " + limit.rpm() + " calls per minute reached; retry later.")
                    .metadata("retryAfterSeconds", LongNode.valueOf(seconds)));
        }
    }

    private static String bucketOf(RateLimit.Scope scope, CallContext context) {
        Principal principal = context.principal().orElse(null);
        return switch (scope) {
            case GLOBAL -> "*";
            case ORG -> principal == null ? "anonymous" : "org:" + principal.organizationId();
            case USER -> principal == null ? "anonymous" : "user:" + principal.userId();
        };
    }
}
