package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;

@PublicApi
public final class AddedEvent implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.SAFE;
    }

    @Override
    public String summary() {
        return "An event was added.";
    }

    @Override
    public String rationale() {
        return "A new event has no consumers yet, so nobody breaks; recorded for the changelog.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecDiff spec : context.diff().added()) {
            if (spec.type() == SpecType.EVENT) {
                context.report(spec, "", "event was added");
            }
        }
    }
}
