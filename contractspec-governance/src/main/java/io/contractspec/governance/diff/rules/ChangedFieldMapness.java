package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class ChangedFieldMapness implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field changed between a map (an object of values under any keys) and a single value or array.";
    }

    @Override
    public String rationale() {
        return "A map and a single value or array are different JSON shapes: whichever side reads the field rejects or"
                + " misreads the other one.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.has(FieldAspect.MAP)) {
                boolean map = change.after().orElseThrow().isMap();
                context.report(change, change.describe() + (map ? " became a map" : " is no longer a map"));
            }
        }
    }
}
