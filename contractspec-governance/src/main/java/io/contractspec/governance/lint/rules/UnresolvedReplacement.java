package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** Callers follow the replacement of a deprecated operation; it must exist and be a different operation. */
@PublicApi
public final class UnresolvedReplacement implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A deprecation's replacement is not a defined operation, or is the operation itself.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            operation.deprecation().replacedBy().ifPresent(replacement -> check(context, operation, replacement));
        }
    }

    private static void check(LintContext context, OperationSpec operation, SpecRef replacement) {
        if (replacement.equals(operation.ref())) {
            context.report(operation, "deprecation.replacedBy", "names itself as its replacement");
        } else if (!References.resolves(context.registry(), SpecType.OPERATION, replacement)) {
            context.report(operation, "deprecation.replacedBy", "is replaced by " + replacement
                    + ", which is not defined", References.hint(context.registry(), SpecType.OPERATION, replacement));
        }
    }
}
