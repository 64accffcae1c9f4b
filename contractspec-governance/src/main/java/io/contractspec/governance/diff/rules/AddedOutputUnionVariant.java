package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;
import java.util.List;

@PublicApi
public final class AddedOutputUnionVariant implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A variant was added to a union in an output or event payload.";
    }

    @Override
    public String rationale() {
        return "A consumer that validates against the old contract, or switches exhaustively over the variants, fails on"
                + " the new one; one that ignores variants it does not know keeps working, so this is dangerous"
                + " rather than breaking.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            List<String> added = change.addedVariants();
            if (change.direction().isRead() && !added.isEmpty()) {
                context.report(change, change.describe() + " can now be the variants " + added,
                        "consumers that switch over the variants may not handle them");
            }
        }
    }
}
