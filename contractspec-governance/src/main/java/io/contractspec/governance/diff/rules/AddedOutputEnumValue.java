package io.contractspec.governance.diff.rules;

import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;
import java.util.List;

/**
 * Consumers that switch over an enum's values may have no branch for a new one; whether that
 * breaks them depends on how they are written, hence dangerous rather than breaking.
 */
public final class AddedOutputEnumValue implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An enum value was added to a field of an output or event payload.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            List<String> added = change.addedEnumValues();
            if (change.direction().isRead() && !added.isEmpty()) {
                context.report(change, change.describe() + " can now be " + added,
                        "consumers that switch over the values may not handle them");
            }
        }
    }
}
