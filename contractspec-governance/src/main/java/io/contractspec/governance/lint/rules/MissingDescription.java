package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** The description is the first line of every generated page, tool description and schema title. */
@PublicApi
public final class MissingDescription implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A spec has no description.";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            if (spec.meta().description().isBlank()) {
                context.report(spec, "description", "has no description");
            }
        }
    }
}
