package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Deprecation;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Stability;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * Callers of a deprecated operation need to know until when it works and what to move to. (Only
 * operations carry sunset and replacement; events and features have no such fields.)
 */
@PublicApi
public final class IncompleteDeprecation implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A deprecated operation names no sunset date or no replacement.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            Deprecation deprecation = operation.deprecation();
            if (operation.meta().stability() != Stability.DEPRECATED) {
                continue;
            }
            if (deprecation.sunset().isEmpty()) {
                context.report(operation, "deprecation.sunset", "is deprecated without a sunset date",
                        "say until when it works: .deprecation(LocalDate.of(...), replacement)");
            }
            if (deprecation.replacedBy().isEmpty()) {
                context.report(operation, "deprecation.replacedBy", "is deprecated without a replacement",
                        "name the operation callers should move to");
            }
        }
    }
}
