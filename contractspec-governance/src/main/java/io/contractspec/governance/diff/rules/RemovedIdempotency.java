package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class RemovedIdempotency implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation that was idempotent is no longer.";
    }

    @Override
    public String rationale() {
        return "Callers retry idempotent commands on timeouts, trusting that a repeat is replayed, not run "
                + "twice; without idempotency the same retry duplicates the effect.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            if (pair.before().policy().idempotent() && !pair.after().policy().idempotent()) {
                context.report(pair.diff(), "policy.idempotent", "is no longer idempotent",
                        "retries with an idempotency key now run the operation again");
            }
        }
    }
}
