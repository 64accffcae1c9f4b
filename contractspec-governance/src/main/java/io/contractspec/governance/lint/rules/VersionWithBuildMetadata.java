package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/**
 * Build metadata is ignored by spec identity ({@code 1.0.0+a} equals {@code 1.0.0+b}), so it
 * suggests a distinction the registry does not make.
 */
@PublicApi
public final class VersionWithBuildMetadata implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A spec version carries build metadata (+...), which spec identity ignores.";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            int plus = spec.version().indexOf('+');
            if (plus >= 0) {
                context.report(spec, "version", "version " + spec.version() + " has build metadata, which"
                        + " identity ignores", "use " + spec.version().substring(0, plus) + " or a new version");
            }
        }
    }
}
