package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.Semver;
import io.contractspec.core.spec.Spec;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.math.BigInteger;

/**
 * Semver gives 0.x and pre-release versions no compatibility promise, while beta, stable and
 * deprecated specs make one: the two signals contradict each other.
 */
@PublicApi
public final class UnreleasedVersionOfStableSpec implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A beta, stable or deprecated spec has a 0.x or pre-release version, which promises nothing.";
    }

    @Override
    public void check(LintContext context) {
        for (Spec spec : context.registry().all()) {
            Semver version = spec.meta().semver();
            boolean unreleased = version.major().equals(BigInteger.ZERO) || version.isPreRelease();
            if (unreleased && spec.meta().stability().promisesCompatibility()) {
                context.report(spec, "version", "version " + spec.version() + " is not a release, but the spec is "
                        + spec.meta().stability().wireName(), "release it as 1.0.0 or later, or lower its stability");
            }
        }
    }
}
