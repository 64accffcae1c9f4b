package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * A sunset or replacement on an operation whose stability is not {@code deprecated} sends two
 * signals: docs and surfaces show it as live while the deprecation says it is going away.
 */
@PublicApi
public final class DeprecationOnLiveSpec implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "An operation has a sunset or replacement but its stability is not deprecated.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            Stability stability = operation.meta().stability();
            if (!operation.deprecation().isEmpty() && stability != Stability.DEPRECATED) {
                context.report(operation, "deprecation", "has deprecation details but is " + stability.wireName(),
                        "set stability to deprecated, or remove the deprecation");
            }
        }
    }
}
