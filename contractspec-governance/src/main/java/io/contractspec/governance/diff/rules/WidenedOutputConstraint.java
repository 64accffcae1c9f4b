package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.ConstraintChange;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class WidenedOutputConstraint implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A constraint of an output or payload field was loosened, so consumers may see values they were"
                + " promised not to.";
    }

    @Override
    public String rationale() {
        return "Output constraints are promises to consumers (a string fits their column, a number their range, "
                + "a value their pattern); a looser one yields values they were promised never to see, and those "
                + "that validate against the old contract reject them. It mirrors NarrowedInputConstraint: callers "
                + "write inputs, consumers read outputs.";
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
