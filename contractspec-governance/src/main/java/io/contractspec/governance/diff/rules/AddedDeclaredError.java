package io.contractspec.governance.diff.rules;

import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import io.contractspec.governance.internal.Paths;

/** Callers that handle each declared error have no branch for a new one. */
public final class AddedDeclaredError implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation declares an error it did not declare before.";
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
