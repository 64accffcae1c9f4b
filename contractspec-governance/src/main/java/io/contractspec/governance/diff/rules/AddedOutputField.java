package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class AddedOutputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.SAFE;
    }

    @Override
    public String summary() {
        return "A field was added to an operation output or an event payload.";
    }

    @Override
    public String rationale() {
        return "Consumers read the fields they know and skip the rest; recorded for the changelog.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isAdded() && change.direction().isRead()) {
                context.report(change, change.describe() + " was added");
            }
        }
    }
}
