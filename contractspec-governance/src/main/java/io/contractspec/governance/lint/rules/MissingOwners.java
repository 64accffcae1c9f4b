package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * Builders require owners only once a spec promises compatibility; an experimental spec without
 * owners still has nobody to ask or to notify of a breaking change.
 */
@PublicApi
public final class MissingOwners implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A spec names no owners.";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            if (spec.meta().owners().isEmpty()) {
                context.report(spec, "owners", "names no owners", "add a team, e.g. @org.team");
            }
        }
    }
}
