package io.contractspec.core.registry;

import io.contractspec.core.spec.Spec;
import java.util.List;

/** A second discovered module, so that discovery is seen to combine modules. */
public final class ScoringModule implements ContractModule {

    static final List<Spec> SPECS = List.of(TestSpecs.capability("loan.scoring", "1.0.0"));

    @Override
    public String name() {
        return "scoring";
    }

    @Override
    public List<Spec> specs() {
        return SPECS;
    }
}
