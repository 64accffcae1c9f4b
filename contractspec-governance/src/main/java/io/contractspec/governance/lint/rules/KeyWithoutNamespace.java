package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** Keys are global across teams; a single-segment key has no namespace to keep it unique. */
@PublicApi
public final class KeyWithoutNamespace implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A spec key has a single segment instead of a dotted namespace like domain.entity.action.";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            if (spec.key().indexOf('.') < 0) {
                context.report(spec, "key", "key '" + spec.key() + "' has no namespace",
                        "use dotted segments such as billing.invoice." + spec.key());
            }
        }
    }
}
