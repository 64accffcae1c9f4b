package io.contractspec.governance.diff.rules;

import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

/** Consumers that read the field get nothing where they expect a value. */
public final class RemovedOutputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A field was removed from an operation output or an event payload.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isRead()) {
                context.report(change, change.describe() + " was removed",
                        "consumers that read it break; deprecate it in the description first");
            }
        }
    }
}
