package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class MadeOutputFieldOptional implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A required field of an output or event payload became optional.";
    }

    @Override
    public String rationale() {
        return "Consumers that rely on the field being present, as the old contract promised, meet its absence.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.direction().isRead()
                    && change.has(FieldAspect.OPTIONALITY)
                    && change.after().orElseThrow().isOptional()) {
                context.report(change, change.describe() + " became optional",
                        "consumers that rely on it being present break");
            }
        }
    }
}
