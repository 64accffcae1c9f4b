package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class RemovedOptionalOutputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.INFO;
    }

    @Override
    public String summary() {
        return "An optional field was removed from an operation output or an event payload.";
    }

    @Override
    public String rationale() {
        return "The old contract made the field optional, so consumers already had to handle its absence: nothing "
                + "that was correct breaks. They should still know it will never come again (oasdiff rates it a "
                + "warning too).";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isRead() && !change.before().orElseThrow().isRequired()) {
                context.report(change, "optional " + change.describe() + " was removed",
                        "consumers that read it now always see it absent");
            }
        }
    }
}
