package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class MadeInputFieldNonNullable implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A nullable input field no longer accepts null.";
    }

    @Override
    public String rationale() {
        return "Callers that send null, as they were allowed to, are rejected. (Making an input nullable widens "
                + "it and is safe.)";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.direction().isInput()
                    && change.has(FieldAspect.NULLABILITY)
                    && !change.after().orElseThrow().isNullable()) {
                context.report(change, change.describe() + " no longer accepts null",
                        "callers that send null are rejected");
            }
        }
    }
}
