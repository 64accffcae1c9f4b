package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class MadeInputFieldRequired implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An optional input field became required.";
    }

    @Override
    public String rationale() {
        return "Callers that leave the field out, as they were allowed to, are rejected.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.direction().isInput()
                    && change.has(FieldAspect.OPTIONALITY)
                    && change.after().orElseThrow().isRequired()) {
                context.report(change, change.describe() + " became required",
                        "callers that leave it out are rejected");
            }
        }
    }
}
