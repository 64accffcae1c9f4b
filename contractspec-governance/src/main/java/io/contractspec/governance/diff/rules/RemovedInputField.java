package io.contractspec.governance.diff.rules;

import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

/**
 * Callers that still send the field are rejected (unknown fields are refused unless the model allows them) or
 * see it ignored.
 */
public final class RemovedInputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A field was removed from an input.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isRemoved() && change.direction().isInput()) {
                context.report(change, change.describe() + " was removed",
                        "callers that still send it are rejected unless the model allows unknown fields");
            }
        }
    }
}
