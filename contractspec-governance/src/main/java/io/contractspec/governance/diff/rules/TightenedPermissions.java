package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class TightenedPermissions implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation requires more permissions: one added to permissions, or anyPermission introduced"
                + " or narrowed.";
    }

    @Override
    public String rationale() {
        return "Callers without the new permission were allowed before and are refused now.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Policy before = pair.before().policy();
            Policy after = pair.after().policy();
            for (String tightening : Requirements.tightenings("permissions", before.permissions(), after.permissions(),
                    before.anyPermission(), after.anyPermission())) {
                context.report(pair.diff(), "policy.permissions", tightening, "callers without them are refused");
            }
        }
    }
}
