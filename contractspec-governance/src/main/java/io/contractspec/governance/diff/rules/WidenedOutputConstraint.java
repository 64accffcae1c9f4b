package io.contractspec.governance.diff.rules;

import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.ConstraintChange;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

/**
 * A looser output constraint yields values consumers were promised never to see (a longer string
 * than their column, a number out of their range). Dangerous: many consumers never relied on it.
 */
public final class WidenedOutputConstraint implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A constraint of an output or payload field was loosened, so consumers may see values they were"
                + " promised not to.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (!change.direction().isRead()) {
                continue;
            }
            for (ConstraintChange constraint : change.constraintChanges()) {
                if (constraint.widens()) {
                    context.report(change, change.describe() + ": " + constraint.describe(),
                            "consumers that relied on the old bound may break");
                }
            }
        }
    }
}
