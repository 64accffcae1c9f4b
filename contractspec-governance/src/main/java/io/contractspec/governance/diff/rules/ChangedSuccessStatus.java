package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class ChangedSuccessStatus implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's HTTP success status changed, e.g. from 200 to 201.";
    }

    @Override
    public String rationale() {
        return "The success status is part of the declared response: clients generated from the OpenAPI document"
                + " map responses by status, and clients that compare it (200 vs 201, 204 without a body) fail on "
                + "the new one. oasdiff rates removing a success status as breaking too.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            int before = pair.before().successStatus();
            int after = pair.after().successStatus();
            if (before != after) {
                context.report(pair.diff(), "successStatus", "success status changed from " + before + " to " + after,
                        "clients that check the exact status break");
            }
        }
    }
}
