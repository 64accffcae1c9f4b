package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class RemovedOutputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A required field was removed from an operation output or an event payload.";
    }

    @Override
    public String rationale() {
        return "Consumers that read the field, which the old contract promised to be present, get nothing where "
                + "they expect a value. An optional field is RemovedOptionalOutputField.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isRead() && change.before().orElseThrow().isRequired()) {
                context.report(change, change.describe() + " was removed",
                        "consumers that read it break; deprecate it in the description first");
            }
        }
    }
}
