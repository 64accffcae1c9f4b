package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.Optional;

@PublicApi
public final class RenamedGraphqlField implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's GraphQL field name override changed, appeared or went away.";
    }

    @Override
    public String rationale() {
        return "GraphQL documents name the field they select; a renamed field fails their validation.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Optional<String> before = pair.before().transport().graphqlField();
            Optional<String> after = pair.after().transport().graphqlField();
            if (!before.equals(after)) {
                context.report(pair.diff(), "transport.graphqlField", "GraphQL field renamed from "
                        + before.orElse("the default name") + " to " + after.orElse("the default name"),
                        "queries that select the old field fail validation");
            }
        }
    }
}
