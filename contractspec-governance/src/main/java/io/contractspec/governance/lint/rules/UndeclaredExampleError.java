package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * The pipeline collapses undeclared custom error codes to INTERNAL_ERROR, so an example that fails
 * with one can never pass.
 */
@PublicApi
public final class UndeclaredExampleError implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A failing example expects an error code that is neither standard nor declared by the operation.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            for (Example example : operation.examples()) {
                example.errorCode()
                        .filter(code -> StandardCode.byCode(code).isEmpty() && operation.error(code).isEmpty())
                        .ifPresent(code -> context.report(operation,
                                Paths.item("acceptance.examples", example.key()) + ".error",
                                "expects error " + code + ", which is neither standard nor declared",
                                "declare it with .error(\"" + code + "\", status, when)"));
            }
        }
    }
}
