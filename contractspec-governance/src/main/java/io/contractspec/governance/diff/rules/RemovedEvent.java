package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecDiff;

@PublicApi
public final class RemovedEvent implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An event (key@version) was removed and no later version of its key replaces it.";
    }

    @Override
    public String rationale() {
        return "Consumers of a removed event wait for something that never comes again.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecDiff spec : context.diff().removed()) {
            if (spec.type() == SpecType.EVENT) {
                context.report(spec, "", "event was removed");
            }
        }
    }
}
