package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** A query only reads; if it emits events it changes something, and surfaces would treat it as safe to retry. */
@PublicApi
public final class QueryEmitsEvents implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A query declares events it emits; queries only read, so it should be a command.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            if (!operation.isCommand() && !operation.emits().isEmpty()) {
                context.report(operation, "sideEffects.emits", "is a query but emits " + operation.emits().size()
                        + " event(s)", "make it a command, or drop the events");
            }
        }
    }
}
