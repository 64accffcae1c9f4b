package io.contractspec.runtime;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.AuthLevel.USER;
import static io.contractspec.runtime.Fixtures.INSTANCE_REF;
import static io.contractspec.runtime.Fixtures.alice;
import static io.contractspec.runtime.Fixtures.bob;
import static io.contractspec.runtime.Fixtures.carol;
import static io.contractspec.runtime.Fixtures.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rate limits per user, per organization and globally, on the call's clock. */
class RateLimitTest {

    private static OperationSpec limited(String key, AuthLevel level, RateLimit limit) {
        return query(key, "1.0.0").output(INSTANCE_REF).policy(auth(level).rateLimit(limit)).build();
    }

    private static final OperationSpec PER_USER = limited("limits.per-user", USER, RateLimit.perUser(3));
    private static final OperationSpec PER_ORG = limited("limits.per-org", USER, RateLimit.perOrg(3));
    private static final OperationSpec GLOBAL = limited("limits.global", ANONYMOUS, RateLimit.global(3));
    private static final OperationSpec OTHER_PER_USER = limited("limits.other", USER, RateLimit.perUser(3));

    private final Harness harness = new Harness(List.of(PER_USER, PER_ORG, GLOBAL, OTHER_PER_USER), (handlers, h) -> {
        for (OperationSpec operation : List.of(PER_USER, PER_ORG, GLOBAL, OTHER_PER_USER)) {
            handlers.bind(operation, h.returning("{id: 'ok'}"));
        }
    });

    private CallResult call(OperationSpec operation, Principal principal) {
        return harness.call(operation.key(), null, principal);
    }

    private void passes(OperationSpec operation, Principal principal, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(call(operation, principal).isSuccess()).as("call %d of %s", i + 1, principal).isTrue();
        }
    }

    @Test
    void refusesTheCallAfterTheLimitWithWhenToRetry() {
        passes(PER_USER, alice(), 3);

        Problem problem = problemOf(call(PER_USER, alice()), 429, "RATE_LIMITED");

        JsonNode retryAfter = problem.metadata().get("retryAfterSeconds");
        assertThat(retryAfter.isIntegralNumber()).isTrue();
        assertThat(retryAfter.asLong()).isEqualTo(20);
        assertThat(problem.detail()).hasValue("Rate limit of 3 calls per minute reached; retry later.");
        assertThat(harness.handlerRuns).hasValue(3);
    }

    @Test
    void letsOneMoreCallThroughOnceATokenHasRefilled() {
        passes(PER_USER, alice(), 3);
        harness.clock.advance(Duration.ofSeconds(19));
        problemOf(call(PER_USER, alice()), 429, "RATE_LIMITED");

        harness.clock.advance(Duration.ofSeconds(1));

        passes(PER_USER, alice(), 1);
        problemOf(call(PER_USER, alice()), 429, "RATE_LIMITED");
    }

    @Test
    void asksToRetryAfterAtLeastOneSecond() {
        passes(PER_USER, alice(), 3);
        harness.clock.advance(Duration.ofMillis(19_999));

        Problem problem = problemOf(call(PER_USER, alice()), 429, "RATE_LIMITED");

        assertThat(problem.metadata().get("retryAfterSeconds").asLong()).isEqualTo(1);
    }

    @Test
    void keepsABucketPerUser() {
        passes(PER_USER, alice(), 3);

        passes(PER_USER, bob(), 3);
        problemOf(call(PER_USER, bob()), 429, "RATE_LIMITED");
    }

    @Test
    void keepsABucketPerOperation() {
        passes(PER_USER, alice(), 3);

        passes(OTHER_PER_USER, alice(), 3);
    }

    @Test
    void sharesABucketAcrossTheUsersOfAnOrganization() {
        passes(PER_ORG, alice(), 2);
        passes(PER_ORG, bob(), 1);

        problemOf(call(PER_ORG, alice()), 429, "RATE_LIMITED");
        problemOf(call(PER_ORG, bob()), 429, "RATE_LIMITED");
        passes(PER_ORG, carol(), 3);
    }

    @Test
    void sharesAGlobalBucketAcrossEverybody() {
        passes(GLOBAL, alice(), 1);
        passes(GLOBAL, carol(), 1);
        passes(GLOBAL, null, 1);

        problemOf(call(GLOBAL, bob()), 429, "RATE_LIMITED");
        problemOf(call(GLOBAL, null), 429, "RATE_LIMITED");
    }

    @Test
    void countsInvalidCallsButNotUnauthenticatedOnes() {
        problemOf(harness.call(PER_USER.key(), null, (Principal) null), 401, "UNAUTHENTICATED");
        problemOf(harness.call(PER_USER.key(), "{unexpected: 1}", alice()), 422, "VALIDATION_FAILED");

        passes(PER_USER, alice(), 2);
        problemOf(call(PER_USER, alice()), 429, "RATE_LIMITED");
    }
}
