package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.FieldChange;

@PublicApi
public final class AddedRequiredInputField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "A required field was added to an input, at any depth.";
    }

    @Override
    public String rationale() {
        return "Callers written against the old input do not send the new field, so the server rejects their "
                + "calls.";
    }

    @Override
    public void check(DiffContext context) {
        for (FieldChange change : context.diff().fieldChanges()) {
            if (change.isAdded() && change.direction().isInput() && change.after().orElseThrow().isRequired()) {
                context.report(change, change.describe() + " was added as required",
                        "callers that do not send it are rejected; make it optional");
            }
        }
    }
}
