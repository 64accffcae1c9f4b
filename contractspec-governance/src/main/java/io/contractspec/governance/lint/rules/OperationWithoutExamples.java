package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** Examples are the executable part of a contract: the acceptance runner turns each into a test. */
@PublicApi
public final class OperationWithoutExamples implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.NOTE;
    }

    @Override
    public String summary() {
        return "An operation has no examples, so no acceptance test exercises it.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            if (operation.examples().isEmpty()) {
                String scenarios = operation.scenarios().isEmpty() ? " and no scenarios" : "";
                context.report(operation, "acceptance.examples", "has no examples" + scenarios,
                        "add .example(key, input, output) for the main case");
            }
        }
    }
}
