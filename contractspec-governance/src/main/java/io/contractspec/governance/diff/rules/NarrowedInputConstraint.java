package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.ConstraintChange;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class NarrowedInputConstraint implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An input field's constraint was tightened, so values that were valid are rejected.";
    }

    @Override
    public String rationale() {
        return "Values callers could send before are rejected: a minimum raised, a maximum lowered, a length or "
                + "item bound tightened, a pattern added, or a pattern changed so that a sample string it accepted "
                + "before is rejected (the finding names that string).";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (!change.direction().isInput()) {
                continue;
            }
            for (ConstraintChange constraint : change.constraintChanges()) {
                if (constraint.narrows()) {
                    context.report(change, change.describe() + ": " + constraint.describe(),
                            "callers that send values valid before are rejected");
                }
            }
        }
    }
}
