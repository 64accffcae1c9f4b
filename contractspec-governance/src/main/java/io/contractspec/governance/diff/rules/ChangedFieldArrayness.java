package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class ChangedFieldArrayness implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field changed between a single value and an array, in either direction.";
    }

    @Override
    public String rationale() {
        return "A single value and an array are different JSON shapes: whichever side reads the field rejects or"
                + " misreads the other one.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.has(FieldAspect.ARRAY)) {
                boolean array = change.after().orElseThrow().isArray();
                context.report(change, change.describe() + (array ? " became an array" : " is no longer an array"));
            }
        }
    }
}
