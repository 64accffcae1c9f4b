package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.governance.internal.Paths;

@PublicApi
public final class ChangedErrorStatus implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "A declared error kept its code but changed its HTTP status.";
    }

    @Override
    public String rationale() {
        return "Clients that branch on an error's HTTP status take another branch. Dangerous rather than "
                + "breaking: clients that branch on its code (the problem document's code, unchanged) are "
                + "unaffected.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            for (ErrorSpec before : pair.before().errors()) {
                pair.after().error(before.code())
                        .filter(after -> after.status() != before.status())
                        .ifPresent(after -> context.report(pair.diff(), Paths.item("errors", before.code()),
                                before.code() + " changed status from " + before.status() + " to " + after.status(),
                                "clients that branch on the status break"));
            }
        }
    }
}
