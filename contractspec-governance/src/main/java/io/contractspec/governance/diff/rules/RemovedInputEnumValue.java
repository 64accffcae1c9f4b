package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;
import java.util.List;

@PublicApi
public final class RemovedInputEnumValue implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An enum value was removed from an input field.";
    }

    @Override
    public String rationale() {
        return "Callers that send a value the input no longer accepts are rejected.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            List<String> removed = change.removedEnumValues();
            if (change.direction().isInput() && !removed.isEmpty()) {
                context.report(change, change.describe() + " no longer accepts " + removed,
                        "callers that send these values are rejected");
            }
        }
    }
}
