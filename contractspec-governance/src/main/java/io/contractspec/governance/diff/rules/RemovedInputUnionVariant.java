package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;
import java.util.List;

@PublicApi
public final class RemovedInputUnionVariant implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A variant was removed from a union in an input.";
    }

    @Override
    public String rationale() {
        return "Callers that send a value of the removed variant are rejected.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            List<String> removed = change.removedVariants();
            if (change.direction().isInput() && !removed.isEmpty()) {
                context.report(change, change.describe() + " no longer accepts the variants " + removed,
                        "callers that send these variants are rejected");
            }
        }
    }
}
