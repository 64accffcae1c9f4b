package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** The goal tells callers (and AI agents choosing a tool) why the operation exists. */
@PublicApi
public final class MissingGoal implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "An operation states no goal.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            if (operation.goal().isBlank()) {
                context.report(operation, "goal", "states no goal", "say why a caller uses it");
            }
        }
    }
}
