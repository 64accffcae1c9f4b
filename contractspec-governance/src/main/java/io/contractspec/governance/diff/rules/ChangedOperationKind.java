package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

@PublicApi
public final class ChangedOperationKind implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation changed from query to command or the reverse.";
    }

    @Override
    public String rationale() {
        return "Surfaces derive routes from the kind (a query is a GET and a GraphQL Query field, a command a "
                + "POST and a Mutation field), so switching kinds moves the operation on every surface and existing"
                + " calls miss it.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            if (pair.before().kind() != pair.after().kind()) {
                context.report(pair.diff(), "kind", "changed from " + pair.before().kind().wireName() + " to "
                        + pair.after().kind().wireName(), "surfaces route queries and commands differently");
            }
        }
    }
}
