package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;

@PublicApi
public final class AddedOperation implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.SAFE;
    }

    @Override
    public String summary() {
        return "An operation was added.";
    }

    @Override
    public String rationale() {
        return "A new operation has no callers yet, so nobody breaks; recorded for the changelog.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecDiff spec : context.diff().added()) {
            if (spec.type() == SpecType.OPERATION) {
                context.report(spec, "", "operation was added");
            }
        }
    }
}
