package io.contractspec.governance.lint.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import io.contractspec.governance.internal.Paths;
import io.contractspec.governance.lint.LintContext;
import io.contractspec.governance.lint.LintRule;
import io.contractspec.schema.Severity;

/** A capability is provided by operations or events and requires other capabilities; each must exist. */
@PublicApi
public final class UnresolvedCapabilityReference implements LintRule {

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A capability is provided by an operation or event, or requires a capability, that is not defined.";
    }

    @Override
    public void check(LintContext context) {
        ContractRegistry registry = context.registry();
        for (CapabilitySpec capability : registry.capabilities()) {
            for (SpecRef ref : capability.provides()) {
                if (!References.resolves(registry, SpecType.OPERATION, ref)
                        && !References.resolves(registry, SpecType.EVENT, ref)) {
                    context.report(capability, Paths.item("provides", ref),
                            "is provided by " + ref + ", which is neither a defined operation nor event");
                }
            }
            for (SpecRef ref : capability.requires()) {
                if (!References.resolves(registry, SpecType.CAPABILITY, ref)) {
                    context.report(capability, Paths.item("requires", ref), "requires capability " + ref
                            + ", which is not defined", References.hint(registry, SpecType.CAPABILITY, ref));
                }
            }
        }
    }
}
