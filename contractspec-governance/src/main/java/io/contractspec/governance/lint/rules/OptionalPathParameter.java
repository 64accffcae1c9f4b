package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.RestRoute;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Field;
import io.contractspec.schema.Severity;

/** A path segment is always there and never null, so the field a placeholder binds must be required and non-null. */
@PublicApi
public final class OptionalPathParameter implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A REST path placeholder binds an input field that is optional or nullable.";
    }

    @Override
    public void check(LintContext context) {
        for (OperationSpec operation : context.registry().operations()) {
            RestRoute route = operation.transport().rest().orElse(null);
            if (route == null || operation.input().isEmpty()) {
                continue;
            }
            for (String name : route.pathParameters()) {
                Field field = operation.input().get().field(name).orElse(null);
                if (field != null && (field.isOptional() || field.isNullable())) {
                    String what = field.isOptional() ? "optional" : "nullable";
                    context.report(operation, "io.input." + name, "is bound to the path placeholder {" + name
                            + "} of " + route + " but is " + what, "make the field required and non-nullable");
                }
            }
        }
    }
}
