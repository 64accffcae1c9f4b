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
public final class RemovedDeclaredError implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.INFO;
    }

    @Override
    public String summary() {
        return "An operation no longer declares an error it declared before.";
    }

    @Override
    public String rationale() {
        return "Nobody breaks when an error stops happening, but the code that handled it is now dead.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            for (ErrorSpec error : pair.before().errors()) {
                if (pair.after().error(error.code()).isEmpty()) {
                    context.report(pair.diff(), Paths.item("errors", error.code()),
                            "no longer declares " + error.code() + " (" + error.status() + ")");
                }
            }
        }
    }
}
