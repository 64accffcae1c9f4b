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
public final class AddedDeclaredError implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.INFO;
    }

    @Override
    public String summary() {
        return "An operation declares an error it did not declare before.";
    }

    @Override
    public String rationale() {
        return "A new declared error is a new non-success response, which oasdiff rates as information: callers "
                + "already handle failures they do not know (every operation can fail with the standard errors and "
                + "INTERNAL_ERROR), so no call that worked breaks. They should still learn the new code to handle "
                + "it on purpose. Configure it to note or danger to judge otherwise.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            for (ErrorSpec error : pair.after().errors()) {
                if (pair.before().error(error.code()).isEmpty()) {
                    context.report(pair.diff(), Paths.item("errors", error.code()), "may now fail with "
                            + error.code() + " (" + error.status() + ")", "callers may not handle the new error");
                }
            }
        }
    }
}
