package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.ModelChange;

@PublicApi
public final class DisallowedUnknownInputFields implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An input model that accepted unknown fields now rejects them (allowUnknownFields true to false).";
    }

    @Override
    public String rationale() {
        return "Calls that carried fields the model does not declare were valid and are now rejected, so callers "
                + "that were correct against the old contract fail.";
    }

    @Override
    public void check(DiffContext context) {
        for (ModelChange change : context.diff().modelChanges()) {
            if (change.direction().isInput() && change.stoppedAcceptingUnknownFields()) {
                context.report(change.spec(), change.path(), change.describe() + " no longer accepts unknown fields",
                        "callers that send fields it does not declare are rejected");
            }
        }
    }
}
