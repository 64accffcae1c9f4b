package io.contractspec.governance.diff.rules;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

/** Most clients accept any 2xx, but those that compare the exact status (200 vs 201) break. */
public final class ChangedSuccessStatus implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation's HTTP success status changed, e.g. from 200 to 201.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            int before = pair.before().successStatus();
            int after = pair.after().successStatus();
            if (before != after) {
                context.report(pair.diff(), "successStatus", "success status changed from " + before + " to " + after,
                        "clients that check the exact status break");
            }
        }
    }
}
