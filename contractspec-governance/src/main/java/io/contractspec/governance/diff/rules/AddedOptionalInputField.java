package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class AddedOptionalInputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.SAFE;
    }

    @Override
    public String summary() {
        return "An optional field was added to an input.";
    }

    @Override
    public String rationale() {
        return "Old callers leave the new field out and get the old behaviour; recorded for the changelog.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isAdded() && change.direction().isInput() && change.after().orElseThrow().isOptional()) {
                context.report(change, change.describe() + " was added as optional");
            }
        }
    }
}
