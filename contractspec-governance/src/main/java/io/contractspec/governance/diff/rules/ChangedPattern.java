package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.ConstraintChange;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class ChangedPattern implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A field's pattern changed, and sample strings could not tell whether it accepts more or fewer values.";
    }

    @Override
    public String rationale() {
        return "Which strings two regular expressions accept cannot be compared in general. Changed patterns are "
                + "tried on sample strings: one the old pattern accepted and the new one rejects makes the change "
                + "NarrowedInputConstraint (or safe, on an output), the reverse WidenedOutputConstraint (or safe, on "
                + "an input). When no sample tells them apart, or the patterns cannot be sampled, the change may "
                + "still narrow or widen what is valid: dangerous, for a person to check.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            for (ConstraintChange constraint : change.constraintChanges()) {
                if (constraint.constraint().equals("pattern") && constraint.isUndetermined()) {
                    context.report(change, change.describe() + ": " + constraint.describe(),
                            "check that both patterns accept the same values");
                }
            }
        }
    }
}
