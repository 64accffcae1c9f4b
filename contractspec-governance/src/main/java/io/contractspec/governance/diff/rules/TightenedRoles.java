package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class TightenedRoles implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation requires more roles: one added to roles, or anyRole introduced or narrowed.";
    }

    @Override
    public String rationale() {
        return "Callers without the new role were allowed before and are refused now.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Policy before = pair.before().policy();
            Policy after = pair.after().policy();
            for (String tightening : Requirements.tightenings("roles", before.roles(), after.roles(),
                    before.anyRole(), after.anyRole())) {
                context.report(pair.diff(), "policy.roles", tightening, "callers without them are refused");
            }
        }
    }
}
