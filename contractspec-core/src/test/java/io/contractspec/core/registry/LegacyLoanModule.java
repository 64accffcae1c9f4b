package io.contractspec.core.registry;

import io.contractspec.core.spec.Spec;
import java.util.List;

/** Defines a spec {@link LoanModule} defines too; listed only under {@code conflicting/}. */
public final class LegacyLoanModule implements ContractModule {

    @Override
    public String name() {
        return "legacy-loans";
    }

    @Override
    public List<Spec> specs() {
        return List.of(TestSpecs.operation("loan.submit", "1.1.0"));
    }
}
