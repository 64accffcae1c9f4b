package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Example;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.internal.PartialObjects;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;

/**
 * A succeeding example's output is a subset of the real output, so fields may be left out; but a
 * key the model does not have, or a value no real output could hold, makes the example unpassable.
 */
@PublicApi
public final class ExampleOutputNotConforming implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A succeeding example's output uses keys or values the output model does not allow.";
    }

    @Override
    public void check(LintContext context) {
        PartialObjects partial = new PartialObjects();
        for (OperationSpec operation : context.registry().operations()) {
            for (Example example : operation.examples()) {
                String path = Paths.item("acceptance.examples", example.key()) + ".output";
                example.output().ifPresent(output -> {
                    for (Diagnostic issue : partial.issues(operation.output(), output)) {
                        context.report(operation, Paths.within(path, issue.path()),
                                "does not fit " + operation.output().name() + ": " + issue.message());
                    }
                });
            }
        }
    }
}
