package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RateLimit;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.Optional;

@PublicApi
public final class LoweredRateLimit implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation's rate limit appeared, went down, or moved to a wider (shared) scope.";
    }

    @Override
    public String rationale() {
        return "Callers that stayed within the old budget may now get 429: a limit appeared, its rpm went down, "
                + "or its scope widened so more callers share one budget. Dangerous rather than breaking: whether "
                + "anyone exceeds the new budget depends on traffic, and 429 is a retryable answer every caller "
                + "must handle.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Optional<RateLimit> before = pair.before().policy().rateLimit();
            Optional<RateLimit> after = pair.after().policy().rateLimit();
            if (after.isEmpty()) {
                continue;
            }
            String now = describe(after.get());
            if (before.isEmpty()) {
                context.report(pair.diff(), "policy.rateLimit", "is now rate-limited to " + now, hint());
            } else if (after.get().rpm() < before.get().rpm()
                    || after.get().scope().compareTo(before.get().scope()) > 0) {
                context.report(pair.diff(), "policy.rateLimit", "rate limit lowered from " + describe(before.get())
                        + " to " + now, hint());
            }
        }
    }

    private static String describe(RateLimit limit) {
        return limit.rpm() + "/min per " + limit.scope().wireName();
    }

    private static String hint() {
        return "callers within the old budget may get RATE_LIMITED";
    }
}
