package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class TightenedAuth implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's auth level went up: anonymous → user → admin.";
    }

    @Override
    public String rationale() {
        return "Callers allowed before (anonymous ones, or users without admin rights) are now turned away.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            AuthLevel before = pair.before().policy().auth();
            AuthLevel after = pair.after().policy().auth();
            if (after.compareTo(before) > 0) {
                context.report(pair.diff(), "policy.auth", "auth tightened from " + before.wireName() + " to "
                        + after.wireName(), "callers allowed before are refused");
            }
        }
    }
}
