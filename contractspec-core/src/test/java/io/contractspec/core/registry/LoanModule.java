package io.contractspec.core.registry;

import io.contractspec.core.spec.Spec;
import java.util.List;

/** Listed in the test resources' {@code META-INF/services}, so discovery finds it. */
public final class LoanModule implements ContractModule {

    static final List<Spec> SPECS = List.of(
            TestSpecs.operation("loan.submit", "1.0.0"),
            TestSpecs.operation("loan.submit", "1.1.0"),
            TestSpecs.event("loan.submitted", "1.0.0"));

    @Override
    public String name() {
        return "loans";
    }

    @Override
    public List<Spec> specs() {
        return SPECS;
    }
}
