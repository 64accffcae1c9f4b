package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldAspect;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class ChangedItemNullability implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "The items of an input array or map may no longer be null, or those of an output may now be.";
    }

    @Override
    public String rationale() {
        return "Callers that send null items are rejected by the new input; consumers that do not expect null items"
                + " misread the new output.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.has(FieldAspect.NULLABLE_ITEMS)) {
                boolean nullable = change.after().orElseThrow().hasNullableItems();
                if (change.direction().isInput() != nullable) {
                    context.report(change, change.describe()
                            + (nullable ? " may now hold null items" : " no longer accepts null items"));
                }
            }
        }
    }
}
