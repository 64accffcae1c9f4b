package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.ArrayList;
import java.util.List;

@PublicApi
public final class AddedFeatureFlag implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation requires a feature flag it did not require before.";
    }

    @Override
    public String rationale() {
        return "Callers for whom the new flag is off are refused. Dangerous rather than breaking: the flag may "
                + "well be on for everyone who called before.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            List<String> added = new ArrayList<>(pair.after().policy().flags());
            added.removeAll(pair.before().policy().flags());
            if (!added.isEmpty()) {
                context.report(pair.diff(), "policy.flags", "now requires the feature flag(s) " + added,
                        "callers for whom a flag is off are refused");
            }
        }
    }
}
