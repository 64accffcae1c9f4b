package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;
import java.util.List;

/** A feature documents what it consists of; a dangling reference documents something that does not exist. */
@PublicApi
public final class UnresolvedFeatureReference implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A feature lists an operation, event or capability (key@version) that the registry does not define.";
    }

    @Override
    public void check(LintContext context) {
        for (FeatureSpec feature : context.registry().features()) {
            check(context, feature, "operations", feature.operations(), SpecType.OPERATION);
            check(context, feature, "events", feature.events(), SpecType.EVENT);
            check(context, feature, "provides", feature.provides(), SpecType.CAPABILITY);
            check(context, feature, "requires", feature.requires(), SpecType.CAPABILITY);
        }
    }

    private static void check(
            LintContext context, FeatureSpec feature, String list, List<SpecRef> refs, SpecType type) {
        for (SpecRef ref : refs) {
            if (!References.resolves(context.registry(), type, ref)) {
                context.report(feature, Paths.item(list, ref), "lists " + type.wireName() + " " + ref
                        + ", which is not defined", References.hint(context.registry(), type, ref));
            }
        }
    }
}
